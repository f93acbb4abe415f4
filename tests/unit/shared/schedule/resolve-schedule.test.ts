import { describe, expect, it } from 'vitest';
import { resolveSchedule } from '../../../../shared/src/schedule/resolve-schedule.js';
import type { ScheduleEntry } from '../../../../shared/src/schemas/schedule.js';
import { at, entry, HO_CHI_MINH, screenIn } from './schedule-fixtures.js';

// 2026-03-02 is a Monday; Ho Chi Minh City is UTC+07:00 all year.
const MONDAY_9 = at('2026-03-02T09:00+07:00');

describe('precedence', () => {
  const morning = { startTime: '08:00', endTime: '12:00' } as const;
  it.each<[string, ScheduleEntry[], string, string[]]>([
    [
      'the higher priority wins',
      [entry({ id: 'low', priority: 1 }), entry({ id: 'high', priority: 5, ...morning })],
      'high',
      ['low'],
    ],
    [
      'an equal priority goes to the earlier createdAt',
      [
        entry({ id: 'a-late', priority: 2, createdAt: '2026-02-01T00:00:00Z' }),
        entry({ id: 'b-early', priority: 2, createdAt: '2026-01-15T00:00:00+07:00' }),
      ],
      'b-early',
      ['a-late'],
    ],
    [
      'createdAt compares instants, not text',
      [
        entry({ id: 'x', priority: 2, createdAt: '2026-01-15T06:00:00+07:00' }),
        entry({ id: 'y', priority: 2, createdAt: '2026-01-15T00:00:00Z' }),
      ],
      'x',
      ['y'],
    ],
    [
      'an equal priority and createdAt goes to the smaller id',
      [entry({ id: 'entry-b', priority: 2 }), entry({ id: 'entry-a', priority: 2 })],
      'entry-a',
      ['entry-b'],
    ],
    [
      'an interrupt beats a higher-priority playlist',
      [
        entry({ id: 'playlist', priority: 900 }),
        entry({ id: 'notice', kind: 'interrupt', priority: 0 }),
      ],
      'notice',
      ['playlist'],
    ],
    [
      'an interrupt beats a higher-priority off entry',
      [
        entry({ id: 'off', kind: 'off', playlistId: null, priority: 900 }),
        entry({ id: 'notice', kind: 'interrupt' }),
      ],
      'notice',
      ['off'],
    ],
    [
      'the highest-priority interrupt wins among interrupts',
      [
        entry({ id: 'notice-1', kind: 'interrupt', priority: 1 }),
        entry({ id: 'notice-7', kind: 'interrupt', priority: 7 }),
        entry({ id: 'playlist', priority: 100 }),
      ],
      'notice-7',
      ['notice-1', 'playlist'],
    ],
    [
      'overlapping ids come sorted whatever the input order',
      [
        entry({ id: 'zeta' }),
        entry({ id: 'alpha' }),
        entry({ id: 'winner', priority: 3 }),
        entry({ id: 'mid' }),
      ],
      'winner',
      ['alpha', 'mid', 'zeta'],
    ],
  ])('%s', (_name, entries, winner, overlapping) => {
    for (const order of [entries, [...entries].reverse()]) {
      const result = resolveSchedule(order, HO_CHI_MINH, MONDAY_9);
      expect(result.entryId).toBe(winner);
      expect(result.overlappingEntryIds).toEqual(overlapping);
    }
  });

  it('shows nothing but a blank screen when an off entry wins', () => {
    const entries = [
      entry({ id: 'playlist', priority: 1 }),
      entry({ id: 'off', kind: 'off', playlistId: null, priority: 2 }),
    ];
    expect(resolveSchedule(entries, HO_CHI_MINH, MONDAY_9)).toMatchObject({
      state: 'off',
      playlistId: null,
      entryId: 'off',
      reason: 'off',
      overlappingEntryIds: ['playlist'],
    });
  });

  it('plays a playlist that outranks an off entry', () => {
    const entries = [
      entry({ id: 'playlist', priority: 3 }),
      entry({ id: 'off', kind: 'off', playlistId: null, priority: 2 }),
    ];
    expect(resolveSchedule(entries, HO_CHI_MINH, MONDAY_9)).toMatchObject({
      state: 'playing',
      playlistId: 'playlist-playlist',
      reason: 'scheduled',
    });
  });
});

describe('nothing scheduled', () => {
  it('returns the default playlist when nothing is scheduled', () => {
    expect(resolveSchedule([], HO_CHI_MINH, MONDAY_9)).toEqual({
      state: 'playing',
      playlistId: 'default',
      entryId: null,
      reason: 'default',
      nextChangeAt: null,
      overlappingEntryIds: [],
    });
  });

  it('is idle when nothing is scheduled and there is no default playlist', () => {
    const screen = screenIn('Asia/Ho_Chi_Minh', { defaultPlaylistId: null });
    expect(resolveSchedule([], screen, MONDAY_9)).toMatchObject({
      state: 'idle',
      playlistId: null,
      reason: 'none',
    });
  });
});

describe('targeting', () => {
  const screen = screenIn('Asia/Ho_Chi_Minh', { id: 'screen-1', groupIds: ['group-a', 'group-b'] });
  it.each<[string, ScheduleEntry['target'], boolean]>([
    ['all screens', { all: true, screenIds: [], groupIds: [] }, true],
    ['this screen by id', { all: false, screenIds: ['screen-9', 'screen-1'], groupIds: [] }, true],
    ['one of its groups', { all: false, screenIds: [], groupIds: ['group-b'] }, true],
    ['another screen', { all: false, screenIds: ['screen-2'], groupIds: [] }, false],
    ['another group', { all: false, screenIds: [], groupIds: ['group-z'] }, false],
    ['nobody', { all: false, screenIds: [], groupIds: [] }, false],
  ])('an entry for %s applies: %s', (_name, target, applies) => {
    const result = resolveSchedule([entry({ id: 'targeted', target })], screen, MONDAY_9);
    expect(result.entryId).toBe(applies ? 'targeted' : null);
  });
});

describe('urgent notices', () => {
  const entries = [
    entry({ id: 'office', startTime: '07:00', endTime: '17:00', priority: 5 }),
    entry({
      id: 'lunch-off',
      kind: 'off',
      playlistId: null,
      priority: 10,
      startTime: '11:30',
      endTime: '13:30',
    }),
    entry({
      id: 'flood-warning',
      kind: 'interrupt',
      playlistId: 'urgent',
      expiresAt: '2026-03-02T12:15:00+07:00',
      startDate: '2026-03-02',
    }),
  ];
  it.each([
    ['the day before it starts', '2026-03-01T23:59:59.999+07:00', 'office-less'],
    ['while the screen would be playing', '2026-03-02T09:00+07:00', 'flood-warning'],
    ['during screen-off hours', '2026-03-02T12:00+07:00', 'flood-warning'],
    ['a millisecond before it expires', '2026-03-02T12:14:59.999+07:00', 'flood-warning'],
    ['at its expiry', '2026-03-02T12:15+07:00', 'lunch-off'],
  ])('%s', (_name, iso, expected) => {
    const result = resolveSchedule(entries, HO_CHI_MINH, at(iso));
    expect(result.entryId ?? 'office-less').toBe(expected);
  });

  it('reports its expiry as the next change', () => {
    const result = resolveSchedule(entries, HO_CHI_MINH, at('2026-03-02T12:00+07:00'));
    expect(result).toMatchObject({ reason: 'interrupt', playlistId: 'urgent' });
    expect(result.nextChangeAt).toBe(at('2026-03-02T12:15+07:00'));
  });
});

describe('screen-off hours: on Mon–Fri 07:00–11:30 and 13:30–17:00, off otherwise', () => {
  const weekdays = [1, 2, 3, 4, 5];
  const off = { kind: 'off', playlistId: null, priority: 10 } as const;
  const entries = [
    entry({ id: 'content', priority: 1 }),
    entry({ id: 'early', ...off, weekdays, startTime: '00:00', endTime: '07:00' }),
    entry({ id: 'lunch', ...off, weekdays, startTime: '11:30', endTime: '13:30' }),
    entry({ id: 'evening', ...off, weekdays, startTime: '17:00', endTime: '24:00' }),
    entry({ id: 'weekend', ...off, weekdays: [6, 7] }),
  ];
  it.each([
    ['Monday 06:59', '2026-03-02T06:59+07:00', 'off', 'early', '2026-03-02T07:00+07:00'],
    ['Monday 07:00', '2026-03-02T07:00+07:00', 'playing', 'content', '2026-03-02T11:30+07:00'],
    ['Monday 11:30', '2026-03-02T11:30+07:00', 'off', 'lunch', '2026-03-02T13:30+07:00'],
    ['Monday 13:30', '2026-03-02T13:30+07:00', 'playing', 'content', '2026-03-02T17:00+07:00'],
    ['Friday 17:00', '2026-03-06T17:00+07:00', 'off', 'evening', '2026-03-07T00:00+07:00'],
    ['Saturday 10:00', '2026-03-07T10:00+07:00', 'off', 'weekend', '2026-03-09T00:00+07:00'],
    ['Sunday 23:59', '2026-03-08T23:59+07:00', 'off', 'weekend', '2026-03-09T00:00+07:00'],
  ])('%s', (_name, iso, state, entryId, nextChange) => {
    const result = resolveSchedule(entries, HO_CHI_MINH, at(iso));
    expect(result).toMatchObject({ state, entryId });
    expect(result.nextChangeAt).toBe(at(nextChange));
  });
});

describe('invalid recurrence rules', () => {
  it.each([
    'FOO=BAR',
    'FREQ=HOURLY',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=MONTHLY;BYMONTHDAY=0',
    'FREQ=DAILY;COUNT=-1',
    '',
    ';;;',
    'DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY',
  ])('never throw and never activate the entry (%j)', (rrule) => {
    const entries = [entry({ id: 'broken', rrule, priority: 9 }), entry({ id: 'fine' })];
    const result = resolveSchedule(entries, HO_CHI_MINH, MONDAY_9);
    expect(result.entryId).toBe('fine');
    expect(result.overlappingEntryIds).toEqual([]);
  });
});

describe('screens resolved against one entries array', () => {
  const entries: ScheduleEntry[] = [
    entry({ id: 'morning', startTime: '08:00', endTime: '12:00' }),
    entry({ id: 'evening', startTime: '18:00', endTime: '22:00', priority: 1 }),
    entry({
      id: 'lobby',
      target: { all: false, screenIds: ['screen-4'], groupIds: [] },
      priority: 9,
      startTime: '20:00',
      endTime: '23:00',
    }),
  ];
  // Three of them are targeted by the same entries (and share what was compiled for them), in
  // different zones and with different defaults; the fourth has an entry of its own.
  const screens = [
    screenIn('Asia/Ho_Chi_Minh', { id: 'screen-1' }),
    screenIn('America/New_York', { id: 'screen-2' }),
    screenIn('Asia/Ho_Chi_Minh', { id: 'screen-3', groupIds: [], defaultPlaylistId: null }),
    screenIn('Europe/Berlin', { id: 'screen-4' }),
  ];
  const instants = ['2026-03-02T09:00+07:00', '2026-03-02T19:30+07:00', '2026-03-08T21:30Z'];

  it('answer each as if it were resolved alone, in whatever order they come', () => {
    for (const iso of instants) {
      for (const screen of [...screens, ...[...screens].reverse()]) {
        const alone = resolveSchedule(structuredClone(entries), screen, at(iso));
        expect(resolveSchedule(entries, screen, at(iso)), `${screen.id} at ${iso}`).toEqual(alone);
      }
    }
  });
});
