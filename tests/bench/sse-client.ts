import { type IncomingMessage, request } from 'node:http';

/** One server-sent event; its data is kept as the bytes it came in and decoded when read. */
export class SseEvent {
  constructor(
    readonly event: string,
    /** The event's `id:` field, or '' without one. */
    readonly id: string,
    /** The data lines' bytes, joined by newlines (text/event-stream is UTF-8). */
    readonly bytes: Buffer,
  ) {}

  get data(): string {
    return this.bytes.toString('utf8');
  }
}

const LF = 0x0a;
const SPACE = 0x20;
const BLANK_LINE = Buffer.from('\n\n');
const NEWLINE = Buffer.from('\n');

/**
 * A minimal SSE reader over node:http, so thousands of them stay cheap: events are cut from the
 * bytes as they come and their data is not decoded unless asked for (ten thousand manifests of a
 * publish, decoded as text, cost this one process a third of the CPU the instances spent sending
 * them). `onEnd` is told once when an opened stream ends, whoever ended it.
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
      let rest: Buffer | null = null;
      res.on('data', (chunk: Buffer) => {
        const buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
        let start = 0;
        for (let blank = buffer.indexOf(BLANK_LINE); blank >= 0; ) {
          const event = eventIn(buffer.subarray(start, blank));
          if (event) onEvent(event);
          start = blank + 2;
          blank = buffer.indexOf(BLANK_LINE, start);
        }
        rest = start < buffer.length ? buffer.subarray(start) : null;
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

/** The event of one block of lines, or null for a block without data (a comment, a ping). */
function eventIn(block: Buffer): SseEvent | null {
  let event = 'message';
  let id = '';
  const data: Buffer[] = [];
  for (let start = 0; start < block.length; ) {
    const newline = block.indexOf(LF, start);
    const line = block.subarray(start, newline < 0 ? block.length : newline);
    start = newline < 0 ? block.length : newline + 1;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    // One space after the colon is not part of the value.
    const value = line.subarray(line[colon + 1] === SPACE ? colon + 2 : colon + 1);
    const field = line.toString('latin1', 0, colon);
    if (field === 'event') event = value.toString('utf8');
    else if (field === 'id') id = value.toString('utf8');
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return null;
  const bytes =
    data.length === 1
      ? (data[0] as Buffer)
      : Buffer.concat(data.flatMap((d) => [NEWLINE, d]).slice(1));
  return bytes.length > 0 ? new SseEvent(event, id, bytes) : null;
}
