/** A range chosen in the week view, handed to the new-entry form through its route. */
export interface SchedulePrefill {
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  screenId: string | null;
}

const KEYS = ['startDate', 'endDate', 'startTime', 'endTime'] as const;

/** One route segment (`startDate=…&endTime=…`) holding the range. */
export function encodePrefill(prefill: SchedulePrefill): string {
  const params = new URLSearchParams();
  for (const key of KEYS) params.set(key, prefill[key]);
  if (prefill.screenId) params.set('screenId', prefill.screenId);
  return params.toString();
}

/** The range in a route segment; null when the segment does not hold a whole one. */
export function decodePrefill(segment: string | undefined): SchedulePrefill | null {
  if (!segment) return null;
  const params = new URLSearchParams(segment);
  const [startDate, endDate, startTime, endTime] = KEYS.map((key) => params.get(key));
  if (!startDate || !endDate || !startTime || !endTime) return null;
  return { startDate, endDate, startTime, endTime, screenId: params.get('screenId') };
}
