import type { MediaRef } from '@bangtin/shared';
import { downloadMedia } from './download-media.js';

export interface SyncProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/**
 * Makes sure every file in `media` is in `cache`, downloading what is missing one at a time.
 * Throws on the first file that fails; files already verified stay cached for the next try.
 */
export async function syncMedia(
  media: readonly MediaRef[],
  cache: Cache,
  resolveUrl: (ref: MediaRef) => string,
  onProgress: (progress: SyncProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  const progress: SyncProgress = {
    filesDone: 0,
    filesTotal: media.length,
    bytesDone: 0,
    bytesTotal: media.reduce((sum, ref) => sum + ref.bytes, 0),
  };
  const missing: MediaRef[] = [];
  for (const ref of media) {
    if (await cache.match(resolveUrl(ref))) {
      progress.filesDone++;
      progress.bytesDone += ref.bytes;
    } else {
      missing.push(ref);
    }
  }
  onProgress({ ...progress });
  for (const ref of missing) {
    const before = progress.bytesDone;
    try {
      await downloadMedia(
        ref,
        resolveUrl(ref),
        cache,
        (bytes) => {
          progress.bytesDone += bytes;
          onProgress({ ...progress });
        },
        signal,
      );
    } catch (error) {
      progress.bytesDone = before;
      throw error;
    }
    progress.filesDone++;
    progress.bytesDone = before + ref.bytes;
    onProgress({ ...progress });
  }
}

/** Deletes cached files whose URL is not in `keep`. */
export async function pruneMedia(cache: Cache, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const request of await cache.keys()) {
    if (!keep.has(request.url) && (await cache.delete(request))) removed++;
  }
  return removed;
}
