import type { FigureFeed, FigureSourceInput } from '@bangtin/shared';

/** One figure's mapping as typed: a JSON path, or a CSV column and row (empty row: the last). */
export interface FieldDraft {
  path: string;
  column: string;
  row: string;
}

/** The source form as typed, before the shared schema checks it. */
export interface FigureSourceDraft {
  format: 'json' | 'csv';
  url: string;
  refreshMinutes: number;
  decimalSeparator: ',' | '.';
  fields: FieldDraft[];
}

const EMPTY_FIELD: FieldDraft = { path: '', column: '', row: '' };

/** The form for `count` figures, filled from the stored source when there is one. */
export function sourceDraft(feed: FigureFeed | null, count: number): FigureSourceDraft {
  const source = feed?.source;
  const fields = Array.from({ length: count }, (_, index): FieldDraft => {
    const field = source?.fields[index];
    if (!field) return EMPTY_FIELD;
    if (typeof field === 'string') return { ...EMPTY_FIELD, path: field };
    return {
      ...EMPTY_FIELD,
      column: field.column,
      row: field.row === 'last' ? '' : String(field.row),
    };
  });
  return {
    format: source?.format ?? 'json',
    url: source?.url ?? '',
    refreshMinutes: source?.refreshMinutes ?? 15,
    decimalSeparator: source?.decimalSeparator ?? ',',
    fields,
  };
}

/** What the API takes: an empty path or column leaves that figure as entered by hand. */
export function sourceInput(draft: FigureSourceDraft): FigureSourceInput {
  const common = {
    url: draft.url.trim(),
    refreshMinutes: draft.refreshMinutes,
    decimalSeparator: draft.decimalSeparator,
  };
  if (draft.format === 'json') {
    return { format: 'json', ...common, fields: draft.fields.map((f) => f.path.trim() || null) };
  }
  return {
    format: 'csv',
    ...common,
    fields: draft.fields.map((f) =>
      f.column.trim() === ''
        ? null
        : { column: f.column, row: f.row.trim() === '' ? 'last' : Number(f.row) },
    ),
  };
}
