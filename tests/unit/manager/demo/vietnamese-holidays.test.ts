import { describe, expect, it } from 'vitest';
import { VIETNAMESE_HOLIDAYS } from '../../../../manager/src/demo/vietnamese-holidays.js';
import {
  DEMO_YEARS,
  lunarToSolar,
  vietnameseHolidays,
} from '../../../../scripts/vietnamese-holidays.js';

describe('the lunar calendar package (@dqcai/vn-lunar)', () => {
  it.each([
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    // The new moon falls at 16:07 UTC on 2 February: 23:07 in Hà Nội, already the 3rd in
    // Beijing, so Vietnam's Tết comes a day before China's Spring Festival (2030-02-03).
    [2030, '2030-02-02'],
    // Years the Vietnamese calendar (UTC+7) parts from the Chinese one (UTC+8).
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
  ])('puts Tết %i on %s, as published for Vietnam', (year, date) => {
    expect(lunarToSolar(year, 1, 1)).toBe(date);
  });

  it.each([
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('puts Giỗ Tổ Hùng Vương %i (10/3 lunar) on %s', (year, date) => {
    expect(lunarToSolar(year, 3, 10)).toBe(date);
  });
});

describe('the shipped holiday calendar', () => {
  it('is what the generator writes from the package, so the two cannot drift', () => {
    expect(VIETNAMESE_HOLIDAYS).toEqual(DEMO_YEARS.flatMap(vietnameseHolidays));
  });

  it('holds ten holidays a year, one per date, ascending', () => {
    const dates = VIETNAMESE_HOLIDAYS.map((holiday) => holiday.date);
    expect(dates).toHaveLength(10 * DEMO_YEARS.length);
    expect(dates).toEqual([...new Set(dates)].sort());
  });

  it('closes on the last day of the lunar year and 1–3 Tháng Giêng', () => {
    const tet2027 = VIETNAMESE_HOLIDAYS.filter((h) => h.name.startsWith('Tết Nguyên Đán'))
      .map((h) => h.date)
      .filter((date) => date.startsWith('2027'));
    expect(tet2027).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
  });

  it('adds one day next to 2/9, the one that joins a weekend', () => {
    const nextToNationalDay = (year: number) =>
      VIETNAMESE_HOLIDAYS.find((h) => h.date.startsWith(`${year}-09`) && h.date !== `${year}-09-02`)
        ?.date;
    // 2/9/2027 is a Thursday, 2/9/2028 a Saturday.
    expect(nextToNationalDay(2027)).toBe('2027-09-03');
    expect(nextToNationalDay(2028)).toBe('2028-09-01');
  });
});
