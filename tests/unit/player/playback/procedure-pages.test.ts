import { describe, expect, it } from 'vitest';
import { pageCount, proceduresForSlide } from '../../../../player/src/playback/procedure-pages.js';
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
