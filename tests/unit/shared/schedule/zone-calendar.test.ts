import { describe, expect, it } from 'vitest';
import { dateFromDay, dayFromDate } from '../../../../shared/src/schedule/local-day.js';
import { zoneCalendar } from '../../../../shared/src/schedule/zone-calendar.js';

/** The local days and midnights reports and monitoring count by (plays per day, uptime). */
describe('zoneCalendar: local days for reports', () => {
  it.each([
    ['Asia/Ho_Chi_Minh', '2026-12-05T16:59:59Z', '2026-12-05'],
    ['Asia/Ho_Chi_Minh', '2026-12-05T17:00:00Z', '2026-12-06'],
    ['America/New_York', '2026-03-08T04:59:59Z', '2026-03-07'],
    ['America/New_York', '2026-03-09T03:59:59Z', '2026-03-08'],
    ['America/New_York', '2026-11-02T04:59:59Z', '2026-11-01'],
    ['Australia/Lord_Howe', '2026-10-04T13:00:00Z', '2026-10-05'],
  ])('in %s, %s falls on %s', (zone, instant, date) => {
    expect(dateFromDay(zoneCalendar(zone).dayOf(Date.parse(instant)))).toBe(date);
  });

  it.each([
    ['Asia/Ho_Chi_Minh', '2026-12-06', '2026-12-05T17:00:00.000Z'],
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00.000Z'],
    ['America/New_York', '2026-03-09', '2026-03-09T04:00:00.000Z'],
    ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00.000Z'],
  ])('in %s, %s begins at %s', (zone, date, instant) => {
    expect(new Date(zoneCalendar(zone).instant(dayFromDate(date), 0)).toISOString()).toBe(instant);
  });

  it('makes a day of 23 hours on the spring-forward date and 25 on the fall-back one', () => {
    const ny = zoneCalendar('America/New_York');
    const hours = (date: string) => {
      const day = dayFromDate(date);
      return (ny.instant(day + 1, 0) - ny.instant(day, 0)) / 3_600_000;
    };
    expect(hours('2026-03-08')).toBe(23);
    expect(hours('2026-11-01')).toBe(25);
  });

  it('writes a day number back as the date it was read from', () => {
    for (const date of ['1970-01-01', '2024-02-29', '2026-12-31']) {
      expect(dateFromDay(dayFromDate(date))).toBe(date);
    }
  });
});
