import { PlayBatchSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import {
  excessRecords,
  PLAY_BATCH_SIZE,
  PLAY_QUEUE_LIMIT,
} from '../../../../player/src/storage/play-queue-policy.js';

describe('play queue bounds', () => {
  it('drops nothing while the queue is within its limit', () => {
    expect(excessRecords(10, 10)).toBe(0);
    expect(excessRecords(0, 10)).toBe(0);
  });

  it('drops exactly the oldest records beyond the limit', () => {
    expect(excessRecords(13, 10)).toBe(3);
  });

  it('uploads batches the server accepts and keeps at least a day of plays', () => {
    expect(PLAY_BATCH_SIZE).toBeLessThanOrEqual(500);
    const record = {
      id: 'play-0001',
      slideId: 's1',
      playlistId: null,
      manifestVersion: 'v1',
      startedAt: '2025-06-02T01:00:00.000Z',
      durationMs: 10_000,
    };
    const batch = { plays: Array.from({ length: PLAY_BATCH_SIZE }, () => record) };
    expect(PlayBatchSchema.safeParse(batch).success).toBe(true);
    expect(PLAY_QUEUE_LIMIT).toBeGreaterThanOrEqual(8_640);
  });
});
