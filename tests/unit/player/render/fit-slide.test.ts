import { describe, expect, it } from 'vitest';
import { type FitSubject, fitSlide } from '../../../../player/src/render/fit-slide.js';

/**
 * A slide measured without a browser: a box overflows when `tooBig` says so for the arrangement
 * the host is in, as the real layout would with cards wider than their column.
 */
function subject(count: number, arrangements: string[], tooBig: (arrangement: string) => boolean) {
  const host = {
    dataset: {} as Record<string, string>,
    style: { setProperty: () => {} },
    hidden: false,
    scrollHeight: 100,
    clientHeight: 100,
    scrollWidth: 100,
    clientWidth: 100,
  };
  const items = Array.from({ length: count }, () => ({
    hidden: false,
    clientHeight: 100,
    clientWidth: 100,
    get scrollHeight() {
      return 100;
    },
    get scrollWidth() {
      return tooBig(host.dataset.arrangement ?? '') ? 300 : 100;
    },
  }));
  return { host, boxes: [], items, arrangements, pager: null } as unknown as FitSubject;
}

describe('fitSlide', () => {
  it('keeps the tightest arrangement when no item fits even alone on a page', () => {
    const fit = fitSlide(subject(2, ['', 'two-columns', 'one-column'], () => true));
    expect(fit.arrangement).toBe('one-column');
    expect(fit.atFloor).toBe(true);
  });

  it('takes the tightest arrangement whose items each fit on a page', () => {
    const fit = fitSlide(subject(2, ['', 'two-columns'], (arrangement) => arrangement === ''));
    expect(fit.arrangement).toBe('two-columns');
  });
});
