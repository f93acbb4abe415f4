import { createWriteStream } from 'node:fs';
import { readdir, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { ApiError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Where uploads are written: the real disk, or what a test puts in its place. */
export interface UploadDisk {
  /** Bytes free for this process in `dir`. */
  freeBytes(dir: string): Promise<number>;
  createWriteStream(path: string): Writable;
}

export const realDisk: UploadDisk = {
  async freeBytes(dir) {
    const stats = await statfs(dir);
    return stats.bavail * stats.bsize;
  },
  createWriteStream: (path) => createWriteStream(path, { mode: 0o600 }),
};

/** Room kept free beside an upload, so the database and logs can still write. */
export const FREE_SPACE_MARGIN = 64 * 1024 * 1024;

/** Temporary upload files are named so; anything left with the prefix was cut off. */
export const UPLOAD_PREFIX = '.upload-';

/** The answer to an upload that meets a full disk, with what the admin can do about it. */
export const diskFull = () =>
  new ApiError(
    507,
    'insufficient_storage',
    'Ổ đĩa của máy chủ đã đầy: hãy xoá bớt tệp không dùng trong Thư viện hoặc mở rộng ổ đĩa, rồi tải lên lại. (The server disk is full: delete unused media or add disk space, then upload again.)',
  );

export const isDiskFull = (error: unknown) =>
  (error as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC';

/** Removes temporary upload files a crash or a kill left behind; run once at start. */
export async function sweepStaleUploads(dir: string, logger: Logger): Promise<number> {
  const stale = (await readdir(dir)).filter((name) => name.startsWith(UPLOAD_PREFIX));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  if (stale.length > 0) logger.info('removed unfinished uploads', { count: stale.length });
  return stale.length;
}
