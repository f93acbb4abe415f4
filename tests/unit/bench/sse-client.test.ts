import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openSse, type SseEvent } from '../../bench/sse-client.js';

let server: Server | undefined;
afterEach(() => server?.close());

/** A server answering one event stream with `chunks`, written one at a time. */
async function streamOf(chunks: Array<string | Uint8Array>): Promise<string> {
  server = createServer((_req, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const next = () => {
      const chunk = chunks.shift();
      if (chunk === undefined) return res.end();
      res.write(chunk, () => setTimeout(next, 5));
    };
    next();
  });
  await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', listening));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

function read(url: string): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  return new Promise((done) => {
    const stream = openSse(
      url,
      {},
      (event) => events.push(event),
      () => done(events),
    );
    stream.ready.catch(() => done(events));
  });
}

describe("the benchmarks' event stream reader", () => {
  it('cuts events however the bytes are split, UTF-8 included', async () => {
    const text = 'event: manifest\ndata: {"tên":"Bảng tin"}\nid: 7\n\n';
    const bytes = Buffer.from(text);
    // Split inside a two-byte character and inside the blank line.
    const cut = bytes.indexOf(Buffer.from('ả')) + 1;
    const url = await streamOf([
      bytes.subarray(0, cut),
      bytes.subarray(cut, bytes.length - 1),
      '\n',
    ]);
    const [event, ...more] = await read(url);
    expect(more).toEqual([]);
    expect(event?.event).toBe('manifest');
    expect(event?.id).toBe('7');
    expect(JSON.parse(event?.data ?? '')).toEqual({ tên: 'Bảng tin' });
  });

  it('joins data lines with newlines, drops one space after the colon, skips comments', async () => {
    const url = await streamOf([
      ': ping\n\n',
      'data:first\ndata:  second\n\nevent: command\ndata: {}\n\n',
    ]);
    const events = await read(url);
    expect(events.map((e) => [e.event, e.data, e.id])).toEqual([
      ['message', 'first\n second', ''],
      ['command', '{}', ''],
    ]);
  });
});
