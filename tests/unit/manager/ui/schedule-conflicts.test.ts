import type { ScheduleConflict } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import {
  narrowAround,
  summarizeConflicts,
} from '../../../../manager/ui/src/forms/schedule-conflicts.js';

const office = { id: 'office', name: 'Giờ làm việc', kind: 'playlist', priority: 10 } as const;
const stretch = (from: string, to: string, screenName = 'Sảnh'): ScheduleConflict => ({
  screenId: screenName,
  screenName,
  timeZone: 'Asia/Ho_Chi_Minh',
  hiddenBy: office,
  from,
  to,
});

describe('summarizeConflicts', () => {
  it('groups the hidden stretches of a fortnight into weekdays and local hours', () => {
    const conflicts = [];
    // Monday 2026-03-02 … Friday 2026-03-13, 07:30–11:30 in Hồ Chí Minh City (00:30–04:30 UTC).
    for (const day of ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13']) {
      conflicts.push(stretch(`2026-03-${day}T00:30:00Z`, `2026-03-${day}T04:30:00Z`));
    }
    expect(summarizeConflicts(conflicts)).toEqual([
      {
        hiddenBy: office,
        screens: ['Sảnh'],
        windows: [{ weekdays: [1, 2, 3, 4, 5], startTime: '07:30', endTime: '11:30' }],
      },
    ]);
  });

  it('keeps different hours apart, and cuts a stretch across midnight into its days', () => {
    const summary = summarizeConflicts([
      stretch('2026-03-02T00:30:00Z', '2026-03-02T01:00:00Z'),
      stretch('2026-03-07T15:00:00Z', '2026-03-07T18:00:00Z', 'Quầy'),
    ]);
    expect(summary[0]?.screens).toEqual(['Sảnh', 'Quầy']);
    expect(summary[0]?.windows).toEqual([
      { weekdays: [1], startTime: '07:30', endTime: '08:00' },
      { weekdays: [6], startTime: '22:00', endTime: '00:00' },
      { weekdays: [7], startTime: '00:00', endTime: '01:00' },
    ]);
  });
});

const wide = {
  name: 'Giờ làm việc',
  weekdays: [1, 2, 3, 4, 5],
  startTime: '07:00',
  endTime: '17:00',
  rrule: null,
};

describe('narrowAround', () => {
  it('cuts the hours of the narrower entry out of the wider one', () => {
    const morning = {
      weekdays: [1, 2, 3, 4, 5],
      startTime: '07:30',
      endTime: '11:30',
      rrule: null,
    };
    expect(narrowAround(wide, morning)).toEqual([
      { ...wide, startTime: '07:00', endTime: '07:30' },
      { ...wide, name: 'Giờ làm việc (2)', startTime: '11:30', endTime: '17:00' },
    ]);
  });

  it('keeps the other weekdays whole and narrows only the shared ones', () => {
    const monday = { weekdays: [1], startTime: '13:30', endTime: '17:00', rrule: null };
    expect(narrowAround(wide, monday)).toEqual([
      { ...wide, weekdays: [2, 3, 4, 5] },
      { ...wide, name: 'Giờ làm việc (2)', weekdays: [1], startTime: '07:00', endTime: '13:30' },
    ]);
  });

  it('narrows an all-day entry to the rest of the day', () => {
    const allDay = { ...wide, weekdays: [], startTime: null, endTime: null };
    const evening = { weekdays: [], startTime: '18:00', endTime: '00:00', rrule: null };
    expect(narrowAround(allDay, evening)).toEqual([
      { ...allDay, startTime: '00:00', endTime: '18:00' },
    ]);
  });

  it.each([
    [
      'hours that do not overlap',
      { weekdays: [1], startTime: '17:00', endTime: '18:00', rrule: null },
    ],
    [
      'days that do not overlap',
      { weekdays: [6], startTime: '08:00', endTime: '09:00', rrule: null },
    ],
    [
      'an entry that covers it whole',
      { weekdays: [], startTime: null, endTime: null, rrule: null },
    ],
    [
      'a window across midnight',
      { weekdays: [1], startTime: '16:00', endTime: '08:00', rrule: null },
    ],
  ])('cannot narrow for %s', (_case, mine) => {
    expect(narrowAround(wide, mine)).toBeNull();
  });
});
