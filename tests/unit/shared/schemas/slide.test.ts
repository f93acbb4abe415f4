import { SlideInputSchema, SlideSchema, slideMedia } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const sha = 'a'.repeat(64);

describe('SlideInputSchema', () => {
  it('fills a message slide with its defaults', () => {
    const slide = SlideInputSchema.parse({ kind: 'message', title: 'T', heading: 'Xin chào' });
    expect(slide).toMatchObject({ body: '', imageSha256: null, theme: 'brand', tags: [] });
  });

  it('rejects an unknown kind', () => {
    expect(SlideInputSchema.safeParse({ kind: 'webpage', title: 'T' }).success).toBe(false);
  });

  it('rejects a heading made only of spaces', () => {
    const result = SlideInputSchema.safeParse({ kind: 'message', title: 'T', heading: '   ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['heading']);
  });

  it('rejects control characters in screen text but keeps line breaks', () => {
    const bad = { kind: 'message', title: 'T', heading: 'A\u0007B' };
    const good = { kind: 'message', title: 'T', heading: 'A', body: 'dòng 1\ndòng 2' };
    expect(SlideInputSchema.safeParse(bad).success).toBe(false);
    expect(SlideInputSchema.safeParse(good).success).toBe(true);
  });

  it('accepts only http and https addresses in a QR slide', () => {
    const qr = { kind: 'qr', title: 'T', heading: 'Quét mã' };
    expect(SlideInputSchema.safeParse({ ...qr, url: 'https://dichvucong.gov.vn' }).success).toBe(
      true,
    );
    expect(SlideInputSchema.safeParse({ ...qr, url: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('takes an optional longest time on screen of 3 s to an hour, for every kind', () => {
    const message = { kind: 'message', title: 'T', heading: 'Xin chào' };
    expect(SlideInputSchema.parse(message)).not.toHaveProperty('maxSeconds');
    expect(SlideInputSchema.parse({ ...message, maxSeconds: 45 })).toMatchObject({
      maxSeconds: 45,
    });
    for (const maxSeconds of [2, 3601, 4.5, '45']) {
      expect(SlideInputSchema.safeParse({ ...message, maxSeconds }).success).toBe(false);
    }
  });

  it('bounds the rows per page of a procedures table', () => {
    const table = { kind: 'procedures', title: 'T', heading: 'Thủ tục' };
    expect(SlideInputSchema.safeParse({ ...table, rowsPerPage: 0 }).success).toBe(false);
    expect(SlideInputSchema.parse(table)).toMatchObject({ rowsPerPage: 5, field: null });
  });

  it('takes one to six key figures, each a finite number with 0–3 decimals', () => {
    const item = { label: 'Đúng hạn', value: 98.5, unit: '%', decimals: 1 };
    const figures = { kind: 'figures', title: 'T', heading: 'Kết quả' };
    expect(SlideInputSchema.parse({ ...figures, items: [item] })).toMatchObject({
      items: [item],
      updatedOn: null,
    });
    expect(SlideInputSchema.safeParse({ ...figures, items: [] }).success).toBe(false);
    expect(SlideInputSchema.safeParse({ ...figures, items: Array(7).fill(item) }).success).toBe(
      false,
    );
    const bad = [
      { ...item, value: Number.NaN },
      { ...item, decimals: 4 },
      { ...item, value: '1' },
    ];
    for (const wrong of bad) {
      expect(SlideInputSchema.safeParse({ ...figures, items: [wrong] }).success).toBe(false);
    }
  });

  it('rejects a media reference that is not a sha256 digest', () => {
    const image = { kind: 'image', title: 'T', mediaSha256: '../../etc/passwd' };
    expect(SlideInputSchema.safeParse(image).success).toBe(false);
  });
});

describe('slideMedia', () => {
  it.each([
    [{ kind: 'image', mediaSha256: sha }, [sha]],
    [{ kind: 'video', mediaSha256: sha }, [sha]],
    [{ kind: 'message', heading: 'H', imageSha256: sha }, [sha]],
    [{ kind: 'message', heading: 'H' }, []],
    [{ kind: 'qr', heading: 'H', url: 'https://example.org' }, []],
  ])('lists the media of %o', (fields, expected) => {
    const slide = SlideSchema.parse({ id: 's1', title: 'T', ...fields });
    expect(slideMedia(slide)).toEqual(expected);
  });
});
