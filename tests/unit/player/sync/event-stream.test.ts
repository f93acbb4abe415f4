import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../../../player/src/sync/api-client.js';
import { runEventStream } from '../../../../player/src/sync/event-stream.js';
import { ServerClock } from '../../../../player/src/sync/server-clock.js';

/** A stream answer that sends `text` and stays open, as the manager's does, until aborted. */
function openStream(text: string, signal: AbortSignal): Response {
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => {
      controller.enqueue(new TextEncoder().encode(text));
      signal.addEventListener('abort', () => controller.error(signal.reason));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

describe('the device event stream', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands on a manifest event’s version, and the manifest when it came along', async () => {
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) =>
      openStream(
        'event: manifest\ndata: {"version":"v1"}\nid: 1\n\n' +
          'event: manifest\ndata: {"version":"v2","manifest":{"version":"v2","revision":7}}\nid: 2\n\n' +
          'event: manifest\ndata: {"version":""}\nid: 3\n\n',
        init.signal as AbortSignal,
      ),
    );
    const seen: unknown[][] = [];
    const stop = new AbortController();
    const running = runEventStream(
      new ApiClient('http://manager.test', new ServerClock(), 'token'),
      {
        manifestVersion: (...args) => {
          seen.push(args);
          if (seen.length === 2) stop.abort();
        },
        command: () => {},
        queueCall: () => {},
        connectionChanged: () => {},
      },
      stop.signal,
    );
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    stop.abort();
    await running;
    expect(seen).toEqual([
      ['v1', undefined],
      ['v2', { version: 'v2', revision: 7 }],
    ]);
  });
});
