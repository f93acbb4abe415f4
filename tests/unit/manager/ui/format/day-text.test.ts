import { describe, expect, it } from 'vitest';
import { dayText, isoDay } from '../../../../../manager/ui/src/format/day-text.js';

describe('days as written in Vietnam', () => {
  it('shows a stored day as dd/mm/yyyy', () => {
    expect(dayText('2026-09-02')).toBe('02/09/2026');
    expect(dayText('')).toBe('');
    expect(dayText('2/9')).toBe('2/9');
  });

  it.each([
    ['02/09/2026', '2026-09-02'],
    ['2/9/2026', '2026-09-02'],
    ['02.09.2026', '2026-09-02'],
    ['02-09-2026', '2026-09-02'],
    [' 2026-09-02 ', '2026-09-02'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %s day first', (typed, iso) => {
    expect(isoDay(typed)).toBe(iso);
  });

  it.each(['31/04/2026', '29/02/2027', '13/13/2026', '2026-02-30', '2/9', '09/02/26', 'abc'])(
    'refuses %s, which is no calendar day',
    (typed) => {
      expect(isoDay(typed)).toBeNull();
    },
  );
});
