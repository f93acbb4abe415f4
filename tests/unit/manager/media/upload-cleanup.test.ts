import { once } from 'node:events';
import { readdir, readlink, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { getRequestListener } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../manager/src/logger.js';
import { realDisk, sweepStaleUploads } from '../../../../manager/src/media/upload-disk.js';
import {
  createTestManager,
  ORIGIN,
  type TestManager,
  type TestManagerOptions,
} from '../../../helpers/manager-app.js';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(2048, 7),
]);

let m: TestManager;
let server: Server | undefined;
const logLines: string[] = [];

async function start(options: TestManagerOptions = {}) {
  logLines.length = 0;
  m = await createTestManager({
    maxUploadBytes: 1024 * 1024,
    logger: createLogger('info', (line) => logLines.push(line)),
    ...options,
  });
}

afterEach(async () => {
  server?.close();
  server = undefined;
  await m.close();
});

async function upload(bytes: Buffer, name = 'ảnh.png') {
  const cookie = await m.signIn();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  return m.request('/api/media', {
    method: 'POST',
    headers: { cookie, origin: ORIGIN },
    body: form,
  });
}

/** File descriptors of this process that point into the media folder. */
async function openHandlesIn(dir: string): Promise<string[]> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(
    fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
  );
  return targets.filter((target) => target.startsWith(dir));
}

const waitFor = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out');
};

describe('uploads clean up after themselves', () => {
  it('leaves no temp file and no open handle when the client cuts the upload off', async () => {
    await start();
    const cookie = await m.signIn();
    server = createServer(getRequestListener(m.app.fetch));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const boundary = 'cutoff';
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/media',
      headers: {
        cookie,
        origin: `http://127.0.0.1:${port}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(512 * 1024),
      },
    });
    req.on('error', () => undefined);
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    req.write(PNG);
    await waitFor(async () => (await readdir(m.mediaDir)).some((n) => n.startsWith('.upload-')));
    req.destroy();
    await waitFor(async () => (await readdir(m.mediaDir)).length === 0);
    await waitFor(async () => (await openHandlesIn(m.mediaDir)).length === 0);
  });

  it('answers 507 with what to do when the disk has no room, before reading the file', async () => {
    await start({ uploadDisk: { ...realDisk, freeBytes: async () => 1024 } });
    const res = await upload(PNG);
    expect(res.status).toBe(507);
    const body = await res.json();
    expect(body.error.code).toBe('insufficient_storage');
    expect(body.error.message).toMatch(/xoá bớt tệp/);
    expect(await readdir(m.mediaDir)).toEqual([]);
    expect(logLines.join('\n')).toMatch(/ENOSPC/);
  });

  it('answers 507 and removes the temp file when a write meets a full disk', async () => {
    const full = () =>
      new Writable({
        write(_chunk, _encoding, done) {
          done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
        },
      });
    await start({ uploadDisk: { freeBytes: realDisk.freeBytes, createWriteStream: full } });
    const res = await upload(PNG);
    expect(res.status).toBe(507);
    expect((await res.json()).error.code).toBe('insufficient_storage');
    expect(await readdir(m.mediaDir)).toEqual([]);
    expect(logLines.join('\n')).toMatch(/ENOSPC/);
  });

  it('decodes the file name as UTF-8', async () => {
    await start();
    const res = await upload(PNG, 'ảnh đẹp.png');
    expect(res.status).toBe(201);
    expect((await res.json()).name).toBe('ảnh đẹp.png');
  });

  it('sweeps unfinished uploads left by a crash, and nothing else', async () => {
    await start();
    await writeFile(join(m.mediaDir, '.upload-1234'), 'partial');
    await writeFile(join(m.mediaDir, 'a'.repeat(64)), 'kept');
    expect(await sweepStaleUploads(m.mediaDir, createLogger('silent'))).toBe(1);
    expect(await readdir(m.mediaDir)).toEqual(['a'.repeat(64)]);
  });
});
