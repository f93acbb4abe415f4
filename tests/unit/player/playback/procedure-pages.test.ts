import { describe, expect, it } from 'vitest';
import {
  packPages,
  pageCount,
  proceduresForSlide,
} from '../../../../player/src/playback/procedure-pages.js';
import { makeManifest } from '../make-manifest.js';

describe('pageCount', () => {
  it.each([
    [0, 5, 1],
    [5, 5, 1],
    [6, 5, 2],
    [11, 5, 3],
  ])('%i rows at %i per page take %i pages', (rows, perPage, pages) => {
    expect(pageCount(rows, perPage)).toBe(pages);
  });
});

describe('packPages', () => {
  it('fills pages up to the row limit when everything fits', () => {
    expect(packPages([10, 10, 10, 10, 10], 2, 1000)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('starts a new page before a row that would overflow', () => {
    expect(packPages([300, 300, 300], 5, 700)).toEqual([[0, 1], [2]]);
  });

  it('gives a row taller than the page a page of its own instead of cutting it', () => {
    expect(packPages([100, 900, 100], 5, 500)).toEqual([[0], [1], [2]]);
  });
});

describe('proceduresForSlide', () => {
  it('lists only the procedures of the slide field', () => {
    const manifest = makeManifest();
    const slide = manifest.slides.find((s) => s.kind === 'procedures');
    if (slide?.kind !== 'procedures') throw new Error('fixture');
    expect(proceduresForSlide(slide, manifest.procedures).map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p3',
    ]);
    expect(proceduresForSlide({ ...slide, field: null }, manifest.procedures)).toHaveLength(4);
  });
});
