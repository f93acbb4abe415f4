/**
 * How many characters a reader reads in `root` as shown now: hidden items and the pager do not
 * count, nor the heading (`h1`) when it was read on an earlier page.
 */
export function visibleChars(root: ParentNode, withHeading: boolean): number {
  let chars = 0;
  const walk = (parent: ParentNode) => {
    for (const child of parent.children) {
      const element = child as HTMLElement;
      if (element.hidden || element.classList.contains('pager')) continue;
      if (element.localName === 'h1' && !withHeading) continue;
      for (const node of element.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) chars += collapsed(node.textContent ?? '').length;
      }
      walk(element);
    }
  };
  walk(root);
  return chars;
}

function collapsed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
