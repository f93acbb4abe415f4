/**
 * A range chosen in the week view, handed to the new-entry form through its route: the
 * weekdays dragged across (ISO, 1 = Monday) and the hours, for an open-ended weekly repeat.
 */
export interface SchedulePrefill {
  weekdays: number[];
  startTime: string;
  endTime: string;
  screenId: string | null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One route segment (`weekdays=1,2&startTime=…`) holding the range. */
export function encodePrefill(prefill: SchedulePrefill): string {
  const params = new URLSearchParams();
  params.set('weekdays', prefill.weekdays.join(','));
  params.set('startTime', prefill.startTime);
  params.set('endTime', prefill.endTime);
  if (prefill.screenId) params.set('screenId', prefill.screenId);
  return params.toString();
}

/** The range in a route segment; null when the segment does not hold a whole, valid one. */
export function decodePrefill(segment: string | undefined): SchedulePrefill | null {
  if (!segment) return null;
  const params = new URLSearchParams(segment);
  const startTime = params.get('startTime') ?? '';
  const endTime = params.get('endTime') ?? '';
  const weekdays = (params.get('weekdays') ?? '').split(',').map(Number);
  const validDays = weekdays.every((day) => Number.isInteger(day) && day >= 1 && day <= 7);
  if (!TIME.test(startTime) || !TIME.test(endTime) || !validDays) return null;
  return { weekdays, startTime, endTime, screenId: params.get('screenId') };
}
