/** The first `h1` under `root`, looking inside the shadow roots of the pages it holds. */
export function findPageHeading(root: Element): HTMLElement | null {
  const own = root.querySelector('h1');
  if (own instanceof HTMLElement) return own;
  for (const element of root.querySelectorAll('*')) {
    const shadow = element.shadowRoot;
    if (!shadow) continue;
    for (const child of shadow.children) {
      const found = child.localName === 'h1' ? child : findPageHeading(child);
      if (found instanceof HTMLElement) return found;
    }
  }
  return null;
}
