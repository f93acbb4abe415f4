import { describe, expect, it } from 'vitest';
import {
  compileSchedule,
  resolveSchedule,
  scheduleTimeline,
} from '../../../../shared/src/schedule/resolve-schedule.js';
import { at, entry, HO_CHI_MINH, NEW_YORK } from './schedule-fixtures.js';

const off = { kind: 'off', playlistId: null, priority: 10 } as const;
const entries = [
  entry({ id: 'content', priority: 1, startTime: '07:00', endTime: '17:00' }),
  entry({ id: 'lunch', ...off, startTime: '11:30', endTime: '13:30' }),
  entry({ id: 'quiet', priority: 0, startTime: '09:00', endTime: '10:00' }),
];

describe('scheduleTimeline', () => {
  it('lists one segment per shown answer, merging changes that only affect losing entries', () => {
    const segments = scheduleTimeline(
      entries,
      HO_CHI_MINH,
      at('2026-03-02T06:00+07:00'),
      at('2026-03-02T18:00+07:00'),
    );
    expect(segments.map(({ from, to, entryId, state }) => [from, to, entryId, state])).toEqual([
      [at('2026-03-02T06:00+07:00'), at('2026-03-02T07:00+07:00'), null, 'playing'],
      [at('2026-03-02T07:00+07:00'), at('2026-03-02T11:30+07:00'), 'content', 'playing'],
      [at('2026-03-02T11:30+07:00'), at('2026-03-02T13:30+07:00'), 'lunch', 'off'],
      [at('2026-03-02T13:30+07:00'), at('2026-03-02T17:00+07:00'), 'content', 'playing'],
      [at('2026-03-02T17:00+07:00'), at('2026-03-02T18:00+07:00'), null, 'playing'],
    ]);
  });

  it('is empty for an empty range', () => {
    const instant = at('2026-03-02T06:00+07:00');
    expect(scheduleTimeline(entries, HO_CHI_MINH, instant, instant)).toEqual([]);
  });

  it('covers a range with no boundary in one segment', () => {
    expect(scheduleTimeline([], HO_CHI_MINH, 0, 1000)).toEqual([
      {
        from: 0,
        to: 1000,
        state: 'playing',
        playlistId: 'default',
        entryId: null,
        reason: 'default',
      },
    ]);
  });

  it('follows the 23-hour day of a spring-forward change', () => {
    const day = [entry({ id: 'day', startDate: '2026-03-08', endDate: '2026-03-08' })];
    const segments = scheduleTimeline(
      day,
      NEW_YORK,
      at('2026-03-07T12:00Z'),
      at('2026-03-10T00:00Z'),
    );
    const scheduled = segments.find((segment) => segment.entryId === 'day');
    expect(scheduled).toMatchObject({ from: at('2026-03-08T05:00Z'), to: at('2026-03-09T04:00Z') });
  });
});

describe('compileSchedule', () => {
  it('answers as resolveSchedule does, for many screens and instants', () => {
    const schedule = compileSchedule(entries);
    for (let hour = 0; hour < 72; hour++) {
      const instant = at('2026-03-01T00:00+07:00') + hour * 3_600_000;
      for (const screen of [HO_CHI_MINH, NEW_YORK]) {
        expect(schedule.resolve(screen, instant)).toEqual(
          resolveSchedule(entries, screen, instant),
        );
      }
    }
  });

  it('gives the same answers when instants are asked out of order', () => {
    const schedule = compileSchedule(entries);
    const instants = [30, 2, 55, 2, 17, 40, 9].map(
      (hour) => at('2026-03-01T00:00+07:00') + hour * 3_600_000,
    );
    const inOrder = new Map(
      instants.map((instant) => [instant, resolveSchedule(entries, HO_CHI_MINH, instant)]),
    );
    for (const instant of instants)
      expect(schedule.resolve(HO_CHI_MINH, instant)).toEqual(inOrder.get(instant));
  });
});
