import type { DeviceEvent } from './sse-hub.js';

const texts = new WeakMap<DeviceEvent, string>();

/**
 * An event as it goes on the wire (`event`, `data`, `id`, as Hono's `writeSSE` orders them),
 * formatted once however many screens it goes to. The data is JSON: it holds no newline.
 */
export function sseText(event: DeviceEvent): string {
  let text = texts.get(event);
  if (text === undefined) {
    text = `event: ${event.event}\ndata: ${event.data}\nid: ${event.id}\n\n`;
    texts.set(event, text);
  }
  return text;
}
