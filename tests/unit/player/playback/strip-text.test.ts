import { describe, expect, it } from 'vitest';
import { stripText } from '../../../../player/src/playback/strip-text.js';
import { makeManifest } from '../make-manifest.js';

describe('stripText', () => {
  const manifest = makeManifest({
    slides: [
      { id: 'm', kind: 'message', title: 't', heading: 'Thông báo', body: 'Dòng 1\nDòng 2' },
      { id: 'h', kind: 'hotlines', title: 't', heading: 'Đường dây nóng', hotlineIds: ['h1'] },
      { id: 'i', kind: 'image', title: 't', mediaSha256: 'a'.repeat(64), caption: null },
    ],
  });
  const slide = (id: string) => manifest.slides.find((s) => s.id === id)!;

  it('puts a message heading and body on one line', () => {
    expect(stripText(slide('m'), manifest)).toBe('Thông báo   •   Dòng 1 Dòng 2');
  });

  it('marks sample hotline numbers', () => {
    expect(stripText(slide('h'), manifest)).toContain('0200 000 000 (Số mẫu)');
  });

  it('has nothing to say for a picture without a caption', () => {
    expect(stripText(slide('i'), manifest)).toBeNull();
  });
});
