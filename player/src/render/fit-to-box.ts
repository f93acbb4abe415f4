/**
 * Shrinks the text of `box` (through its `--fit` factor, 1 down to `minFit`) until its content
 * no longer overflows it; returns the factor used. Long text gets smaller, never cut.
 */
export function fitToBox(box: HTMLElement, minFit: number): number {
  let fit = 1;
  box.style.setProperty('--fit', '1');
  while (fit > minFit && overflows(box)) {
    fit = Math.max(minFit, fit - 0.05);
    box.style.setProperty('--fit', String(fit));
  }
  return fit;
}

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}
