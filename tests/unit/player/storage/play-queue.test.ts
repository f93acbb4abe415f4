import type { PlayRecord } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { PlayQueue } from '../../../../player/src/storage/play-queue.js';
import { failNextCommit } from './fail-next-commit.js';
import { freshPlayerDb } from './fresh-player-db.js';

function play(n: number): PlayRecord {
  return {
    id: `play-${String(n).padStart(4, '0')}`,
    slideId: 'slide-1',
    playlistId: null,
    manifestVersion: 'v1',
    startedAt: '2026-12-06T08:00:00.000Z',
    durationMs: 10_000,
  };
}

describe('PlayQueue', () => {
  it('gives back the oldest records in arrival order, and removes them by key', async () => {
    const queue = new PlayQueue(freshPlayerDb());
    for (const n of [1, 2, 3]) await queue.add(play(n));

    const batch = await queue.oldest(2);
    expect(batch.records.map((r) => r.id)).toEqual(['play-0001', 'play-0002']);

    await queue.remove(batch.keys);
    expect((await queue.oldest(10)).records.map((r) => r.id)).toEqual(['play-0003']);
  });

  it('drops and counts the oldest records beyond its limit', async () => {
    const queue = new PlayQueue(freshPlayerDb(), 2);
    for (const n of [1, 2, 3, 4]) await queue.add(play(n));

    expect((await queue.oldest(10)).records.map((r) => r.id)).toEqual(['play-0003', 'play-0004']);
    expect(await queue.dropped()).toBe(2);
  });

  it('rejects with an Error, keeping nothing, when the commit fails', async () => {
    const queue = new PlayQueue(freshPlayerDb());

    failNextCommit('add');
    await expect(queue.add(play(1))).rejects.toBeInstanceOf(Error);

    expect((await queue.oldest(10)).records).toEqual([]);
  });
});
