import { describe, expect, it } from 'vitest';
import { stripPages } from '../../../../player/src/playback/strip-pages.js';
import { makeManifest } from '../make-manifest.js';

describe('stripPages', () => {
  const manifest = makeManifest({
    slides: [
      { id: 'm', kind: 'message', title: 't', heading: 'Thông báo', body: 'Dòng 1\nDòng 2' },
      { id: 'h', kind: 'hotlines', title: 't', heading: 'Đường dây nóng', hotlineIds: ['h1'] },
      { id: 'e', kind: 'hotlines', title: 't', heading: 'Trống', hotlineIds: ['none'] },
      { id: 'i', kind: 'image', title: 't', mediaSha256: 'a'.repeat(64), caption: null },
      {
        id: 'f',
        kind: 'figures',
        title: 't',
        heading: 'Kết quả',
        items: [
          { label: 'Đúng hạn', value: 98.5, unit: '%', decimals: 1 },
          { label: 'Hồ sơ trực tuyến', value: 1234, unit: '', decimals: 0 },
        ],
        updatedOn: null,
      },
    ],
  });
  const slide = (id: string) => manifest.slides.find((s) => s.id === id)!;

  it('puts a message heading and body on one line', () => {
    expect(stripPages(slide('m'), manifest)).toEqual(['Thông báo   •   Dòng 1 Dòng 2']);
  });

  it('shows a list one item at a time after its heading, marking sample numbers', () => {
    const pages = stripPages(slide('h'), manifest);
    expect(pages[0]).toBe('Đường dây nóng');
    expect(pages[1]).toContain('0200 000 000 (Số mẫu)');
  });

  it('shows key figures one at a time in Vietnamese notation', () => {
    expect(stripPages(slide('f'), manifest)).toEqual([
      'Kết quả',
      'Đúng hạn: 98,5 %',
      'Hồ sơ trực tuyến: 1.234',
    ]);
  });

  it('has nothing to say for a picture without a caption, or a list without items', () => {
    expect(stripPages(slide('i'), manifest)).toEqual([]);
    expect(stripPages(slide('e'), manifest)).toEqual([]);
  });
});
