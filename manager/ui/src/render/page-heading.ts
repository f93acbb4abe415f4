/** The first `h1` in `root` or in the shadow roots of the elements it holds (the pages). */
export function findPageHeading(root: ParentNode): HTMLElement | null {
  const own = root.querySelector('h1');
  if (own instanceof HTMLElement) return own;
  for (const element of root.querySelectorAll('*')) {
    const found = element.shadowRoot ? findPageHeading(element.shadowRoot) : null;
    if (found) return found;
  }
  return null;
}
