import type { DeviceEvent } from './sse-hub.js';

const texts = new WeakMap<DeviceEvent, Uint8Array>();

/**
 * An event as it goes on the wire (`event`, `data`, `id`, as Hono's `writeSSE` orders them),
 * formatted once however many screens it goes to. The data is JSON: it holds no newline. A
 * manifest sent with its event goes as the bytes it was built in, not decoded and encoded again.
 */
export function sseChunk(event: DeviceEvent): Uint8Array {
  if (event.manifest) {
    return Buffer.concat([
      Buffer.from(`event: ${event.event}\ndata: ${event.data.slice(0, -1)},"manifest":`),
      ...event.manifest,
      Buffer.from(`}\nid: ${event.id}\n\n`),
    ]);
  }
  let text = texts.get(event);
  if (text === undefined) {
    text = Buffer.from(`event: ${event.event}\ndata: ${event.data}\nid: ${event.id}\n\n`);
    texts.set(event, text);
  }
  return text;
}
