import { configureLocalization } from '@lit/localize';

export const APP_LOCALES = ['vi', 'en'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

const STORAGE_KEY = 'bang-tin-admin-locale';

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'vi',
  targetLocales: ['en'],
  loadLocale: () => import('./locales/en.js'),
});

function isAppLocale(value: string | null): value is AppLocale {
  return APP_LOCALES.some((locale) => locale === value);
}

/** The active interface language. */
export function currentLocale(): AppLocale {
  const locale = getLocale();
  return isAppLocale(locale) ? locale : 'vi';
}

/** The BCP 47 tag given to Intl for dates and numbers in the active language. */
export function intlLocale(): string {
  return currentLocale() === 'en' ? 'en-GB' : 'vi-VN';
}

/** Switches the language and remembers the choice for the next visit. */
export async function changeLocale(locale: AppLocale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await setLocale(locale);
}

/** Restores the remembered language; Vietnamese when none was chosen. */
export async function applyStoredLocale(): Promise<void> {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isAppLocale(stored) && stored !== 'vi') await changeLocale(stored);
}
