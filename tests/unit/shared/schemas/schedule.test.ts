import { ScheduleEntryInputSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const base = { name: 'Giờ làm việc', playlistId: 'p1' };

function issuePaths(input: unknown): string[] {
  const result = ScheduleEntryInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('ScheduleEntryInputSchema', () => {
  it('targets every screen, every day, all day by default', () => {
    const entry = ScheduleEntryInputSchema.parse(base);
    expect(entry).toMatchObject({
      kind: 'playlist',
      target: { all: true },
      weekdays: [],
      startTime: null,
      endTime: null,
      priority: 0,
    });
  });

  it('names endDate when the end is before the start', () => {
    expect(issuePaths({ ...base, startDate: '2026-05-02', endDate: '2026-05-01' })).toEqual([
      'endDate',
    ]);
  });

  it('requires a playlist except for screen-off entries', () => {
    expect(issuePaths({ name: 'Tắt', kind: 'playlist' })).toEqual(['playlistId']);
    expect(issuePaths({ name: 'Tắt', kind: 'off' })).toEqual([]);
  });

  it('requires both ends of a time window', () => {
    expect(issuePaths({ ...base, startTime: '07:00' })).toEqual(['endTime']);
  });

  it.each(['7:00', '24:01', '12:60', 'noon'])('rejects the time %s', (time) => {
    expect(issuePaths({ ...base, startTime: time, endTime: '17:00' })).toEqual(['startTime']);
  });

  it('accepts 24:00 as the end of the day', () => {
    expect(issuePaths({ ...base, startTime: '22:00', endTime: '24:00' })).toEqual([]);
  });

  it('refuses weekdays together with a recurrence rule', () => {
    expect(issuePaths({ ...base, weekdays: [1], rrule: 'FREQ=MONTHLY;BYDAY=1MO' })).toEqual([
      'weekdays',
    ]);
  });

  it('rejects weekday numbers outside 1–7', () => {
    expect(issuePaths({ ...base, weekdays: [0] })).toEqual(['weekdays.0']);
  });

  it('names rrule when the recurrence rule is not valid RFC 5545', () => {
    expect(issuePaths({ ...base, rrule: 'FREQ=FORTNIGHTLY' })).toEqual(['rrule']);
    expect(issuePaths({ ...base, rrule: 'FREQ=MONTHLY;BYDAY=1MO' })).toEqual([]);
  });
});
