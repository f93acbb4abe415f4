/** What the reports page asks for: the period and how rows are grouped. */
export interface ReportDraft {
  period: 'quarter' | 'month' | 'year' | 'custom';
  quarter: string;
  month: string;
  year: string;
  from: string;
  to: string;
  by: 'slide' | 'playlist' | 'tag';
  per: 'all' | 'screen' | 'group';
}

/** The current quarter, month and year in the browser's calendar. */
export function defaultReportDraft(now = new Date()): ReportDraft {
  const year = String(now.getFullYear());
  const month = String(now.getMonth() + 1).padStart(2, '0');
  return {
    period: 'quarter',
    quarter: `${year}-Q${Math.floor(now.getMonth() / 3) + 1}`,
    month: `${year}-${month}`,
    year,
    from: `${year}-${month}-01`,
    to: `${year}-${month}-${String(now.getDate()).padStart(2, '0')}`,
    by: 'slide',
    per: 'all',
  };
}

/** The query `/api/reports/plays`, `.csv` and `/print` take. */
export function reportQuery(draft: ReportDraft): URLSearchParams {
  const query = new URLSearchParams({ period: draft.period, by: draft.by, per: draft.per });
  if (draft.period === 'custom') {
    query.set('from', draft.from);
    query.set('to', draft.to);
  } else {
    query.set(draft.period, draft[draft.period]);
  }
  return query;
}

/** The last eight quarters, newest first, as `YYYY-Qn`. */
export function recentQuarters(now = new Date()): string[] {
  const current = now.getFullYear() * 4 + Math.floor(now.getMonth() / 3);
  return Array.from({ length: 8 }, (_, i) => {
    const q = current - i;
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  });
}

/** The last 24 months, newest first, as `YYYY-MM`. */
export function recentMonths(now = new Date()): string[] {
  const current = now.getFullYear() * 12 + now.getMonth();
  return Array.from({ length: 24 }, (_, i) => {
    const m = current - i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

/** This year and the four before it. */
export function recentYears(now = new Date()): string[] {
  return Array.from({ length: 5 }, (_, i) => String(now.getFullYear() - i));
}
