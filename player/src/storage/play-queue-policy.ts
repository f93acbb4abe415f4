/** Most records kept while offline: a week of 6-second slides around the clock (about 25 MB). */
export const PLAY_QUEUE_LIMIT = 100_800;

/** Most records in one upload (the server takes up to 1000). */
export const PLAY_BATCH_SIZE = 500;

/** How many of the oldest records to drop so that `size` records fit within `limit`. */
export function excessRecords(size: number, limit: number): number {
  return Math.max(0, size - Math.max(0, limit));
}
