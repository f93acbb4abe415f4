import type { PlayQueue } from '../storage/play-queue.js';
import { PLAY_BATCH_SIZE } from '../storage/play-queue-policy.js';
import type { ApiClient } from './api-client.js';
import { ApiError } from './api-error.js';

/**
 * Uploads queued proof-of-play records in batches until the queue is empty. The server counts
 * each record id once, so a batch whose answer was lost is simply sent again. A batch the
 * server refuses as invalid is dropped (it would be refused forever) and the error rethrown.
 */
export async function uploadPlays(api: ApiClient, queue: PlayQueue): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await queue.oldest(PLAY_BATCH_SIZE);
    if (batch.records.length === 0) return sent;
    try {
      await api.post('/api/device/plays', { plays: batch.records });
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) await queue.remove(batch.keys);
      throw error;
    }
    await queue.remove(batch.keys);
    sent += batch.records.length;
  }
}
