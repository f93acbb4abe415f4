/**
 * Reads a device token handed over in the URL fragment (`#token=…`, the manager's first-run
 * link) and removes the fragment so that it is neither bookmarked nor shown.
 */
export function takeTokenFromUrl(): string | null {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  if (token === null) return null;
  history.replaceState(null, '', location.pathname + location.search);
  return token.trim() || null;
}
