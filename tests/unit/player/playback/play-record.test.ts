import { PlayRecordSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { createPlayRecord } from '../../../../player/src/playback/play-record.js';

describe('createPlayRecord', () => {
  const shown = {
    slideId: 'msg-1',
    playlistId: 'pl-1',
    manifestVersion: 'v1',
    startedAt: Date.parse('2025-06-02T01:00:00Z'),
  };

  it('records when the slide started and how long it stayed, in the shared shape', () => {
    const record = createPlayRecord(shown, shown.startedAt + 10_000.4);
    expect(PlayRecordSchema.parse(record)).toMatchObject({
      startedAt: '2025-06-02T01:00:00.000Z',
      durationMs: 10_000,
    });
  });

  it('gives every record its own id so that retries count once', () => {
    const a = createPlayRecord(shown, shown.startedAt + 1);
    const b = createPlayRecord(shown, shown.startedAt + 1);
    expect(a.id).not.toBe(b.id);
  });

  it('never records a negative duration when the clock was corrected backwards', () => {
    expect(createPlayRecord(shown, shown.startedAt - 5_000).durationMs).toBe(0);
  });
});
