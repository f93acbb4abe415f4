import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../../player/src/render/format-clock.js';

describe('formatClock', () => {
  it('shows the time and Vietnamese date in the screen time zone', () => {
    // 2025-06-01T23:30Z is Monday 06:30 in Hà Nội (UTC+7).
    expect(formatClock(Date.parse('2025-06-01T23:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      time: '06:30',
      date: 'Thứ Hai, 02/06/2025',
    });
  });

  it('falls back to Vietnam time for an unknown zone instead of failing', () => {
    expect(formatClock(Date.parse('2025-06-01T23:30:00Z'), 'Mars/Olympus').time).toBe('06:30');
  });

  it('shows no date and no time when the time is not known', () => {
    expect(formatClock(Number.NaN, 'Asia/Ho_Chi_Minh')).toEqual({ time: '--:--', date: '' });
  });
});
