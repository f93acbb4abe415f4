/** The admin UI's preview (`/?preview=1`), not a screen. */
export function isPreviewPage(): boolean {
  return new URLSearchParams(location.search).get('preview') === '1';
}
