export const PAGES = [
  'dashboard',
  'approvals',
  'slides',
  'media',
  'procedures',
  'hotlines',
  'playlists',
  'schedules',
  'screens',
  'settings',
  'holidays',
  'users',
  'groups',
  'audit',
  'reports',
  'queue',
] as const;
export type PageName = (typeof PAGES)[number];

/** Where the app is: `#/slides/new/message` → { page: 'slides', rest: ['new', 'message'] }. */
export interface Route {
  page: PageName;
  rest: string[];
}

function isPage(name: string): name is PageName {
  return PAGES.some((page) => page === name);
}

export function parseRoute(hash: string): Route {
  const [first = '', ...rest] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return isPage(first) ? { page: first, rest } : { page: 'dashboard', rest: [] };
}

export function routeHref(page: PageName, ...rest: string[]): string {
  return `#/${[page, ...rest].map(encodeURIComponent).join('/')}`;
}

/** Goes to a route; the shell's hashchange handler asks about unsaved changes first. */
export function navigate(href: string): void {
  window.location.hash = href;
}
