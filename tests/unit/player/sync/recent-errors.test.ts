import { describe, expect, it } from 'vitest';
import { cleanMessage, RecentErrors } from '../../../../player/src/sync/recent-errors.js';

describe('RecentErrors', () => {
  it('keeps one entry per distinct message, most recent last', () => {
    const errors = new RecentErrors(20, 60_000, () => 0);
    errors.add('a');
    errors.add('b');
    errors.add('a');
    expect(errors.list()).toEqual(['b', 'a']);
  });

  it('keeps at most the configured number, dropping the oldest', () => {
    const errors = new RecentErrors(2, 60_000, () => 0);
    for (const m of ['a', 'b', 'c']) errors.add(m);
    expect(errors.list()).toEqual(['b', 'c']);
  });

  it('forgets errors older than the age limit', () => {
    let now = 0;
    const errors = new RecentErrors(20, 1_000, () => now);
    errors.add('old');
    now = 2_000;
    errors.add('new');
    expect(errors.list()).toEqual(['new']);
  });

  it('turns messages into one printable line the heartbeat accepts', () => {
    expect(cleanMessage('line1\n\tline2\u0007')).toBe('line1 line2');
    expect(cleanMessage('x'.repeat(900))).toHaveLength(500);
  });
});
