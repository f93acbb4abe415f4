/** Most records kept while offline: about a week of 10-second slides around the clock. */
export const PLAY_QUEUE_LIMIT = 60_000;

/** Most records in one upload (the server takes up to 1000). */
export const PLAY_BATCH_SIZE = 500;

/** How many of the oldest records to drop so that `size` records fit within `limit`. */
export function excessRecords(size: number, limit: number): number {
  return Math.max(0, size - Math.max(0, limit));
}
