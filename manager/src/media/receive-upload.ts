import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { ApiError } from '../errors.js';
import { SNIFF_BYTES } from './sniff-media-type.js';

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

/**
 * Streams the multipart field `file` to a temporary file in `dir`, hashing as it goes, so that
 * memory use stays flat whatever the size; 413 past `maxBytes`, 415 for a non-multipart body.
 */
export async function receiveUpload(
  request: Request,
  dir: string,
  maxBytes: number,
): Promise<ReceivedFile> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  // Multipart framing adds a few hundred bytes; anything far beyond the limit is refused unread.
  if (declared > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 30 },
    });
  } catch {
    throw new ApiError(415, 'unsupported_media_type', 'Send the file as multipart/form-data');
  }
  if (!request.body) throw missingFile();
  const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);

  return new Promise<ReceivedFile>((resolve, reject) => {
    let received: Promise<ReceivedFile> | undefined;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || received) {
        stream.resume();
        return;
      }
      received = writeTemp(
        stream,
        join(dir, `.upload-${randomUUID()}`),
        info.filename ?? 'file',
        maxBytes,
      );
      received.catch(() => undefined);
    });
    const fail = (message: string) => {
      reject(new ApiError(400, 'bad_request', message));
      received?.then((file) => rm(file.tempPath, { force: true })).catch(() => undefined);
    };
    parser.on('error', () => fail('The multipart body is malformed'));
    parser.on('close', () => (received ? received.then(resolve, reject) : reject(missingFile())));
    body.on('error', () => fail('The upload was interrupted'));
    body.pipe(parser);
  });
}

const missingFile = () =>
  new ApiError(400, 'invalid_input', 'The input is not valid', [
    { path: 'file', message: 'required' },
  ]);

async function writeTemp(
  stream: Readable,
  tempPath: string,
  filename: string,
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
    await pipeline(stream, meter, createWriteStream(tempPath, { mode: 0o600 }));
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  if (truncated) {
    await rm(tempPath, { force: true });
    throw tooLarge(maxBytes);
  }
  return { tempPath, filename, sha256: hash.digest('hex'), bytes, head };
}
