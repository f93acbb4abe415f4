import { describe, expect, it } from 'vitest';
import { EventStreamBody } from '../../../../manager/src/events/event-stream-body.js';

const bytes = (text: string) => Buffer.from(text);
const text = (chunk: Uint8Array | undefined) => Buffer.from(chunk ?? []).toString();

describe('an event stream body', () => {
  it('sends a chunk to a waiting read at once, and joins those sent meanwhile into the next', async () => {
    const body = new EventStreamBody(() => {});
    const reader = body.readable.getReader();
    const first = reader.read();
    body.send(bytes('a'));
    expect(text((await first).value)).toBe('a');
    body.send(bytes('b'));
    body.send(bytes('c'));
    expect(text((await reader.read()).value)).toBe('bc');
  });

  it('sends what is pending before it ends, and ends once', async () => {
    let ended = 0;
    const body = new EventStreamBody(() => ended++);
    const reader = body.readable.getReader();
    body.send(bytes('last'));
    body.close();
    body.close();
    expect(text((await reader.read()).value)).toBe('last');
    expect((await reader.read()).done).toBe(true);
    expect(ended).toBe(1);
    body.send(bytes('after'));
  });

  it('ends when the client goes away, and takes no more', async () => {
    let ended = 0;
    const body = new EventStreamBody(() => ended++);
    const reader = body.readable.getReader();
    const waiting = reader.read();
    await reader.cancel();
    expect((await waiting).done).toBe(true);
    expect(ended).toBe(1);
    body.send(bytes('late'));
    body.close();
    expect(ended).toBe(1);
  });
});
