import { type IncomingMessage, request } from 'node:http';

export interface SseEvent {
  event: string;
  data: string;
  /** The event's `id:` field, or '' without one. */
  id: string;
}

/**
 * A minimal SSE reader over node:http, so thousands of them stay cheap. `onEnd` is told once
 * when an opened stream ends, whoever ended it.
 */
export function openSse(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: SseEvent) => void,
  onEnd: () => void = () => undefined,
): { close(): void; ready: Promise<void> } {
  let response: IncomingMessage | null = null;
  const req = request(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false });
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const ready = new Promise<void>((done, fail) => {
    // Before the answer, an error fails the opening; after it, it ends the stream.
    req.on('error', (error) => (response ? end() : fail(error)));
    req.once('response', (res) => {
      response = res;
      if (res.statusCode !== 200) fail(new Error(`SSE answered ${res.statusCode}`));
      res.once('close', end);
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = { event: 'message', data: '', id: '' };
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) fields.event = line.slice(6).trim();
            else if (line.startsWith('data:')) fields.data += line.slice(5).trim();
            else if (line.startsWith('id:')) fields.id = line.slice(3).trim();
          }
          if (fields.data) onEvent(fields);
          end = buffer.indexOf('\n\n');
        }
      });
      done();
    });
  });
  req.end();
  return {
    ready,
    close: () => {
      response?.destroy();
      req.destroy();
    },
  };
}
