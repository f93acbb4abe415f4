import { describe, expect, it } from 'vitest';
import { sumUptime } from '../../../../manager/src/monitoring/uptime.js';

const at = (hhmm: string) => `2026-03-02T${hhmm}:00.000Z`;
const ms = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('sumUptime', () => {
  it('does not count scheduled screen-off time as down', () => {
    const uptime = sumUptime(
      [
        { at: at('00:00'), state: 'off' },
        { at: at('07:00'), state: 'online' },
        { at: at('10:00'), state: 'offline' },
        { at: at('11:00'), state: 'online' },
        { at: at('17:00'), state: 'off' },
      ],
      ms(at('00:00')),
      ms('2026-03-03T00:00:00.000Z'),
    );
    expect(uptime.ms).toMatchObject({ off: 14 * HOUR, online: 9 * HOUR, offline: HOUR });
    expect(uptime.expectedOnMs).toBe(10 * HOUR);
    expect(uptime.ratio).toBeCloseTo(0.9);
  });

  it('carries the state in force before the period into it, and cuts at its end', () => {
    const uptime = sumUptime(
      [
        { at: '2026-03-01T20:00:00.000Z', state: 'offline' },
        { at: at('02:00'), state: 'online' },
        { at: at('09:00'), state: 'stale' },
      ],
      ms(at('00:00')),
      ms(at('04:00')),
    );
    expect(uptime.ms).toMatchObject({ offline: 2 * HOUR, online: 2 * HOUR, stale: 0 });
    expect(uptime.ratio).toBe(0.5);
  });

  it('has no ratio for a screen never expected on', () => {
    expect(sumUptime([], ms(at('00:00')), ms(at('01:00')))).toMatchObject({
      ratio: null,
      ms: { unknown: HOUR },
    });
  });
});
