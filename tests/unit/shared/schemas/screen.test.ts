import { HotlineInputSchema, ScreenInputSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

describe('ScreenInputSchema', () => {
  it('defaults to a landscape full layout in Asia/Ho_Chi_Minh', () => {
    expect(ScreenInputSchema.parse({ name: 'Sảnh' })).toMatchObject({
      orientation: 'landscape',
      layout: 'full',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('rejects an unknown time zone', () => {
    const result = ScreenInputSchema.safeParse({ name: 'Sảnh', timeZone: 'Asia/Hanoi_City' });
    expect(result.error?.issues[0]?.path).toEqual(['timeZone']);
  });
});

describe('HotlineInputSchema', () => {
  it('accepts a number written with spaces', () => {
    expect(HotlineInputSchema.parse({ label: 'Tổng đài', number: '1800 1096' }).number).toBe(
      '1800 1096',
    );
  });

  it('rejects letters in a phone number', () => {
    expect(HotlineInputSchema.safeParse({ label: 'Tổng đài', number: 'call me' }).success).toBe(
      false,
    );
  });
});
