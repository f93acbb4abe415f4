import { type IncomingMessage, request } from 'node:http';

export interface SseEvent {
  event: string;
  data: string;
}

/** A minimal SSE reader over node:http, so a thousand of them stay cheap. */
export function openSse(
  url: string,
  headers: Record<string, string>,
  onEvent: (event: SseEvent) => void,
): { close(): void; ready: Promise<void> } {
  let response: IncomingMessage | null = null;
  const req = request(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false });
  const ready = new Promise<void>((done, fail) => {
    req.once('error', fail);
    req.once('response', (res) => {
      response = res;
      if (res.statusCode !== 200) fail(new Error(`SSE answered ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = { event: 'message', data: '' };
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) fields.event = line.slice(6).trim();
            else if (line.startsWith('data:')) fields.data += line.slice(5).trim();
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
