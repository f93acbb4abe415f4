import { describe, expect, it } from 'vitest';
import {
  hiddenStretches,
  hiddenStretchesOfAll,
} from '../../../../shared/src/schedule/hidden-stretches.js';
import { at, entry, HO_CHI_MINH } from './schedule-fixtures.js';

const WEEKDAYS = [1, 2, 3, 4, 5];
const office = entry({
  id: 'office',
  priority: 10,
  weekdays: WEEKDAYS,
  startTime: '07:00',
  endTime: '17:00',
});
const lunchOff = entry({
  id: 'lunch',
  kind: 'off',
  playlistId: null,
  priority: 20,
  weekdays: WEEKDAYS,
  startTime: '11:30',
  endTime: '13:30',
});
const morning = entry({
  id: 'morning',
  priority: 0,
  weekdays: WEEKDAYS,
  startTime: '07:30',
  endTime: '11:30',
  createdAt: '2026-06-01T00:00:00Z',
});
// Monday 2026-03-02 to Monday 2026-03-09, Hồ Chí Minh time.
const FROM = at('2026-03-02T00:00+07:00');
const TO = at('2026-03-09T00:00+07:00');

describe('hiddenStretches', () => {
  it('finds a block hidden by a wider higher-priority entry on every weekday, whole', () => {
    const stretches = hiddenStretches(morning, [office, morning], HO_CHI_MINH, FROM, TO);
    expect(stretches).toHaveLength(5);
    expect(stretches[0]).toEqual({
      screenId: HO_CHI_MINH.id,
      entryId: 'morning',
      hiddenBy: 'office',
      from: at('2026-03-02T07:30+07:00'),
      to: at('2026-03-02T11:30+07:00'),
    });
    expect(stretches.at(-1)?.from).toBe(at('2026-03-06T07:30+07:00'));
  });

  it('sees a conflict that a sample at the middle of the block would miss', () => {
    const afternoon = entry({
      id: 'afternoon',
      weekdays: [1],
      startTime: '10:00',
      endTime: '14:00',
      createdAt: '2026-06-01T00:00:00Z',
    });
    // At 12:00, the middle, lunch (off) wins and office is not shown: still hidden there, by lunch.
    const stretches = hiddenStretches(
      afternoon,
      [office, lunchOff, afternoon],
      HO_CHI_MINH,
      FROM,
      TO,
    );
    expect(stretches.map(({ hiddenBy, from, to }) => [hiddenBy, from, to])).toEqual([
      ['office', at('2026-03-02T10:00+07:00'), at('2026-03-02T11:30+07:00')],
      ['lunch', at('2026-03-02T11:30+07:00'), at('2026-03-02T13:30+07:00')],
      ['office', at('2026-03-02T13:30+07:00'), at('2026-03-02T14:00+07:00')],
    ]);
  });

  it('finds a partial overlap only over the hours that are hidden', () => {
    const early = entry({ id: 'early', weekdays: [2], startTime: '06:00', endTime: '08:00' });
    const stretches = hiddenStretches(early, [office, early], HO_CHI_MINH, FROM, TO);
    expect(stretches.map(({ from, to }) => [from, to])).toEqual([
      [at('2026-03-03T07:00+07:00'), at('2026-03-03T08:00+07:00')],
    ]);
  });

  it('is empty once the entry outranks the other', () => {
    const raised = { ...morning, priority: 11 };
    expect(hiddenStretches(raised, [office, raised], HO_CHI_MINH, FROM, TO)).toEqual([]);
  });

  it('is empty for an entry that does not reach the screen', () => {
    const elsewhere = {
      ...morning,
      target: { all: false, screenIds: ['another-screen'], groupIds: [] },
    };
    expect(hiddenStretches(elsewhere, [office, elsewhere], HO_CHI_MINH, FROM, TO)).toEqual([]);
  });

  it('counts an urgent notice as hiding even a higher priority', () => {
    const notice = entry({
      id: 'notice',
      kind: 'interrupt',
      priority: 0,
      startDate: '2026-03-04',
      startTime: '09:00',
      endTime: '09:00',
      expiresAt: '2026-03-04T02:30:00Z',
    });
    const stretches = hiddenStretches(office, [office, notice], HO_CHI_MINH, FROM, TO);
    expect(stretches.map(({ hiddenBy, from, to }) => [hiddenBy, from, to])).toEqual([
      ['notice', at('2026-03-04T09:00+07:00'), at('2026-03-04T09:30+07:00')],
    ]);
  });
});

describe('hiddenStretchesOfAll', () => {
  it('lists the losers of every entry and nothing for the winners', () => {
    const stretches = hiddenStretchesOfAll([office, morning], HO_CHI_MINH, FROM, TO);
    expect(new Set(stretches.map((s) => `${s.entryId}<${s.hiddenBy}`))).toEqual(
      new Set(['morning<office']),
    );
  });
});
