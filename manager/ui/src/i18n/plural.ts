import { intlLocale } from './locale.js';

/**
 * Picks a message by the active language's plural rule. Vietnamese has one form, English two
 * ("1 page", "2 pages"); @lit/localize has no plural syntax, so each form is its own message id
 * (`x.one` beside `x`), both present in every locale.
 */
export function plural<T>(count: number, forms: { one: () => T; other: () => T }): T {
  return new Intl.PluralRules(intlLocale()).select(count) === 'one' ? forms.one() : forms.other();
}
