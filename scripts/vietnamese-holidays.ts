import { getSolarDate } from '@dqcai/vn-lunar';

/** One public holiday: a local date and its Vietnamese name. */
export interface NamedDay {
  date: string;
  name: string;
}

const DAY_MS = 86_400_000;

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const shift = (date: string, days: number) =>
  new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

/** The Gregorian date of a day of the Vietnamese lunar calendar (computed at UTC+7). */
export function lunarToSolar(year: number, month: number, day: number): string {
  const solar = getSolarDate(day, month, year);
  return iso(solar.year, solar.month, solar.day);
}

/**
 * The day next to 2/9 that the government usually adds (Labour Code 2019, art. 112): the one
 * that joins a weekend — 3/9 when 2/9 is a Thursday, Sunday or Monday, else 1/9. The official
 * choice is announced each year; the admin corrects the calendar then.
 */
function dayNextToNationalDay(year: number): string {
  const weekday = new Date(`${year}-09-02T00:00:00Z`).getUTCDay();
  return [0, 1, 4].includes(weekday) ? iso(year, 9, 3) : iso(year, 9, 1);
}

/**
 * Vietnam's public holidays of `year` (Labour Code 2019, art. 112), with the lunar ones as
 * lunar days: Tết is the last day of the lunar year and 1–3 Tháng Giêng (the government's
 * extra days off vary by year and are added by the admin).
 */
export function vietnameseHolidays(year: number): NamedDay[] {
  const tet = lunarToSolar(year, 1, 1);
  const days: NamedDay[] = [
    { date: iso(year, 1, 1), name: 'Tết Dương lịch' },
    { date: shift(tet, -1), name: 'Tết Nguyên Đán (ngày cuối năm âm lịch)' },
    { date: tet, name: 'Tết Nguyên Đán (mùng 1 Tết)' },
    { date: shift(tet, 1), name: 'Tết Nguyên Đán (mùng 2 Tết)' },
    { date: shift(tet, 2), name: 'Tết Nguyên Đán (mùng 3 Tết)' },
    { date: lunarToSolar(year, 3, 10), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: iso(year, 4, 30), name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
    { date: iso(year, 5, 1), name: 'Ngày Quốc tế Lao động' },
    { date: iso(year, 9, 2), name: 'Quốc khánh' },
    { date: dayNextToNationalDay(year), name: 'Quốc khánh (ngày nghỉ liền kề)' },
  ];
  // Should two fall on one date (Giỗ Tổ can come close to 30/4), the date is listed once.
  const byDate = new Map<string, string>();
  for (const { date, name } of days) {
    const other = byDate.get(date);
    byDate.set(date, other ? `${other}; ${name}` : name);
  }
  return [...byDate]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The years the demo calendar ships. */
export const DEMO_YEARS = [2026, 2027, 2028, 2029, 2030];
