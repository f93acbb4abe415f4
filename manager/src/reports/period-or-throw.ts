import { invalidInput } from '../errors.js';
import { type PeriodQuery, type ReportPeriod, resolvePeriod } from './report-period.js';

/** The period a validated query names; a missing or inconsistent field is a 400 naming it. */
export function periodOrThrow(query: PeriodQuery): ReportPeriod {
  const result = resolvePeriod(query);
  if ('issue' in result) throw invalidInput([result.issue]);
  return result.period;
}
