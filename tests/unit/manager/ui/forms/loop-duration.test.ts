import type { Procedure, Slide } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { itemSeconds } from '../../../../../manager/ui/src/forms/loop-duration.js';

const message: Slide = {
  id: 'msg-1',
  kind: 'message',
  title: 'Chào',
  tags: [],
  heading: 'Xin chào',
  body: '',
  imageSha256: null,
  theme: 'brand',
};

const table: Slide = {
  id: 'proc-1',
  kind: 'procedures',
  title: 'Thủ tục',
  tags: [],
  heading: 'Thủ tục hộ tịch',
  field: null,
  rowsPerPage: 2,
  secondsPerPage: 10,
};

const procedures = [1, 2, 3].map((n) => ({ id: `p${n}`, field: 'Hộ tịch' })) as Procedure[];

describe('itemSeconds', () => {
  it('counts an ordinary item by its own seconds and a table by its pages', () => {
    expect(itemSeconds({ durationSeconds: 15 }, message, procedures)).toBe(15);
    expect(itemSeconds({ durationSeconds: 15 }, table, procedures)).toBe(20);
  });

  it('counts no more than the slide’s longest time on screen', () => {
    expect(itemSeconds({ durationSeconds: 15 }, { ...message, maxSeconds: 8 }, procedures)).toBe(8);
    expect(itemSeconds({ durationSeconds: 15 }, { ...table, maxSeconds: 12 }, procedures)).toBe(12);
    expect(itemSeconds({ durationSeconds: 5 }, { ...message, maxSeconds: 8 }, procedures)).toBe(5);
  });
});
