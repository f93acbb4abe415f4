import { describe, expect, it } from 'vitest';
import { decodePrefill, encodePrefill } from '../../../../manager/ui/src/forms/schedule-prefill.js';
import { prefillOfSpan, spanOf } from '../../../../manager/ui/src/forms/week-grid.js';

describe('prefillOfSpan', () => {
  it('turns a drag across Monday–Friday, 07:30–11:30 into a weekly repeat of those days', () => {
    // 15-minute rows: 07:30 is row 30, 11:15 (the last row dragged) is row 45.
    const span = spanOf({ day: 4, slot: 45 }, { day: 0, slot: 30 });
    expect(prefillOfSpan(span, 15, 'screen-1')).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      startTime: '07:30',
      endTime: '11:30',
      screenId: 'screen-1',
    });
  });

  it('ends a selection reaching the bottom of the day at midnight', () => {
    const span = spanOf({ day: 5, slot: 22 }, { day: 6, slot: 23 });
    expect(prefillOfSpan(span, 60, null)).toMatchObject({
      weekdays: [6, 7],
      startTime: '22:00',
      endTime: '00:00',
    });
  });
});

describe('schedule prefill in the route', () => {
  it('comes back as it went', () => {
    const prefill = { weekdays: [1, 3], startTime: '13:30', endTime: '17:00', screenId: 's' };
    expect(decodePrefill(encodePrefill(prefill))).toEqual(prefill);
  });

  it.each([
    'weekdays=1,8&startTime=07:30&endTime=11:30',
    'weekdays=1&startTime=7:30&endTime=11:30',
    'weekdays=1&startTime=07:30',
  ])('refuses %s', (segment) => {
    expect(decodePrefill(segment)).toBeNull();
  });
});
