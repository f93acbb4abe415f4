import { createHash, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { ApiError } from '../errors.js';
import type { Logger } from '../logger.js';
import { SNIFF_BYTES } from './sniff-media-type.js';
import {
  diskFull,
  FREE_SPACE_MARGIN,
  isDiskFull,
  realDisk,
  UPLOAD_PREFIX,
  type UploadDisk,
} from './upload-disk.js';

/** A file received into a temporary path beside the media store. */
export interface ReceivedFile {
  tempPath: string;
  filename: string;
  sha256: string;
  bytes: number;
  /** The first bytes, for type sniffing. */
  head: Buffer;
}

const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'too_large', `The file is larger than ${Math.round(maxBytes / 1048576)} MB`);

/** Where and how an upload is written; tests pass their own disk. */
export interface UploadTarget {
  dir: string;
  maxBytes: number;
  logger: Logger;
  disk?: UploadDisk;
}

/**
 * Streams the multipart field `file` to a temporary file in `dir`, hashing as it goes, so that
 * memory use stays flat whatever the size; 413 past `maxBytes`, 415 for a non-multipart body,
 * 507 when the disk has no room. An aborted or failed upload leaves no file and no open handle.
 */
export async function receiveUpload(
  request: Request,
  { dir, maxBytes, logger, disk = realDisk }: UploadTarget,
): Promise<ReceivedFile> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  // Multipart framing adds a few hundred bytes; anything far beyond the limit is refused unread.
  if (declared > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  if ((await disk.freeBytes(dir)) < (declared || maxBytes) + FREE_SPACE_MARGIN) {
    logger.error('upload refused: not enough free disk space (ENOSPC)', { dir, declared });
    throw diskFull();
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 30 },
    });
  } catch {
    throw new ApiError(415, 'unsupported_media_type', 'Send the file as multipart/form-data');
  }
  if (!request.body) throw missingFile();
  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);

  return new Promise<ReceivedFile>((resolve, reject) => {
    let received: Promise<ReceivedFile> | undefined;
    let file: Readable | undefined;
    let failed = false;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || received || failed) {
        stream.resume();
        return;
      }
      file = stream;
      const tempPath = join(dir, `${UPLOAD_PREFIX}${randomUUID()}`);
      received = writeTemp(
        stream,
        disk.createWriteStream(tempPath),
        tempPath,
        info.filename,
        maxBytes,
      );
      // A failed write (a full disk) is answered at once: the parser would wait for it forever.
      received.catch((error: unknown) => fail(uploadError(error, logger, dir)));
    });
    // Ends the file stream too, so that writeTemp closes its handle and removes the temp file.
    const fail = (error: ApiError) => {
      if (failed) return;
      failed = true;
      request.signal.removeEventListener('abort', aborted);
      body.unpipe(parser);
      body.destroy();
      file?.destroy(error);
      // A file already complete is removed here; one cut off is removed by writeTemp.
      const settled = received?.then((done) => rm(done.tempPath, { force: true })) ?? null;
      void Promise.allSettled([settled]).then(() => reject(error));
    };
    const aborted = () => fail(new ApiError(400, 'bad_request', 'The upload was interrupted'));
    request.signal.addEventListener('abort', aborted, { once: true });
    parser.on('error', () =>
      fail(new ApiError(400, 'bad_request', 'The multipart body is malformed')),
    );
    parser.on('close', () => {
      if (failed) return;
      if (!received) return fail(missingFile());
      received.then(
        (done) => {
          request.signal.removeEventListener('abort', aborted);
          resolve(done);
        },
        () => undefined,
      );
    });
    body.on('error', aborted);
    body.pipe(parser);
  });
}

function uploadError(error: unknown, logger: Logger, dir: string): ApiError {
  if (error instanceof ApiError) return error;
  if (!isDiskFull(error)) return new ApiError(400, 'bad_request', 'The upload was interrupted');
  logger.error('upload failed: the disk is full (ENOSPC)', { dir });
  return diskFull();
}

const missingFile = () =>
  new ApiError(400, 'invalid_input', 'The input is not valid', [
    { path: 'file', message: 'required' },
  ]);

async function writeTemp(
  stream: Readable,
  target: Writable,
  tempPath: string,
  filename: string | undefined,
  maxBytes: number,
): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  let head = Buffer.alloc(0);
  let truncated = false;
  stream.on('limit', () => {
    truncated = true;
  });
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, target);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  if (truncated) {
    await rm(tempPath, { force: true });
    throw tooLarge(maxBytes);
  }
  return { tempPath, filename: filename ?? 'file', sha256: hash.digest('hex'), bytes, head };
}
