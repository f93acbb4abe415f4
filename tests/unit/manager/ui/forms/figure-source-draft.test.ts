import { FigureSourceInputSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import {
  sourceDraft,
  sourceInput,
} from '../../../../../manager/ui/src/forms/figure-source-draft.js';

describe('the figures source form', () => {
  it('turns empty boxes into figures kept by hand and an empty row into the last row', () => {
    const draft = {
      ...sourceDraft(null, 3),
      format: 'csv' as const,
      url: ' http://10.0.0.5/kq.csv ',
    };
    draft.fields = [
      { path: '', column: 'Đúng hạn', row: '' },
      { path: '', column: '', row: '' },
      { path: '', column: 'Trực tuyến', row: '2' },
    ];
    expect(FigureSourceInputSchema.parse(sourceInput(draft))).toEqual({
      format: 'csv',
      url: 'http://10.0.0.5/kq.csv',
      refreshMinutes: 15,
      decimalSeparator: ',',
      fields: [{ column: 'Đúng hạn', row: 'last' }, null, { column: 'Trực tuyến', row: 2 }],
    });
  });

  it('fills the form back from a stored source, one box per figure of the slide', () => {
    const source = FigureSourceInputSchema.parse({
      format: 'json',
      url: 'http://baocao/kq.json',
      refreshMinutes: 30,
      fields: ['data.onTime', null],
    });
    const feed = {
      slideId: 's',
      source,
      values: null,
      fetchedAt: null,
      attemptedAt: null,
      error: null,
    };
    const draft = sourceDraft(feed, 3);
    expect(draft.fields.map((f) => f.path)).toEqual(['data.onTime', '', '']);
    expect(sourceInput(draft)).toMatchObject({
      refreshMinutes: 30,
      fields: ['data.onTime', null, null],
    });
  });

  it('reports a row that is no number at its field', () => {
    const draft = { ...sourceDraft(null, 1), format: 'csv' as const, url: 'http://a/b.csv' };
    draft.fields = [{ path: '', column: 'A', row: 'x' }];
    const parsed = FigureSourceInputSchema.safeParse(sourceInput(draft));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.slice(0, 2)).toEqual(['fields', 0]);
  });
});
