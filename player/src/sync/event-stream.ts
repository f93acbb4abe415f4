import {
  type DeviceCommand,
  DeviceCommandSchema,
  QUEUE_EVENT,
  type QueueCall,
  QueueCallSchema,
} from '@bangtin/shared';
import type { ApiClient } from './api-client.js';
import { ApiError } from './api-error.js';
import { backoffDelay, sleep } from './backoff.js';
import { type SseMessage, SseParser } from './sse-parser.js';

export interface EventStreamHandlers {
  /** A new version, with the manifest itself when the manager sent it along (unchecked). */
  manifestVersion(version: string, manifest?: unknown): void;
  command(command: DeviceCommand): void;
  queueCall(call: QueueCall): void;
  connectionChanged(connected: boolean): void;
}

/** Where to resume after a reconnection, and the least delay the server asked for. */
interface StreamCursor {
  lastEventId: string;
  retryMs: number | null;
}

// The server pings every 25 s; this much silence means a dead connection nobody closed.
const SILENCE_LIMIT_MS = 70_000;
// A connection that lived this long was healthy: the next failure starts the backoff afresh.
const HEALTHY_MS = 30_000;

/**
 * Reads the device event stream with fetch (EventSource cannot send the token), reconnecting
 * with backoff and jitter, resuming after the last event id. Returns only when `signal`
 * aborts; rejects with an ApiError when the manager says the screen was revoked.
 */
export async function runEventStream(
  api: ApiClient,
  handlers: EventStreamHandlers,
  signal: AbortSignal,
): Promise<void> {
  let attempt = 0;
  const cursor: StreamCursor = { lastEventId: '', retryMs: null };
  while (!signal.aborted) {
    const openedAt = Date.now();
    try {
      await readOnce(api, handlers, cursor, signal);
    } catch (error) {
      if (error instanceof ApiError && error.isRevoked) throw error;
    } finally {
      handlers.connectionChanged(false);
    }
    if (signal.aborted) return;
    if (Date.now() - openedAt >= HEALTHY_MS) attempt = 0;
    const delay = backoffDelay(attempt++, { baseMs: 1000, maxMs: 60_000 });
    await sleep(Math.max(delay, cursor.retryMs ?? 0), signal).catch(() => {});
  }
}

async function readOnce(
  api: ApiClient,
  handlers: EventStreamHandlers,
  cursor: StreamCursor,
  signal: AbortSignal,
): Promise<void> {
  const connection = new AbortController();
  const abort = () => connection.abort();
  signal.addEventListener('abort', abort, { once: true });
  let silence = setTimeout(abort, SILENCE_LIMIT_MS);
  const parser = new SseParser();
  try {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (cursor.lastEventId) headers['Last-Event-ID'] = cursor.lastEventId;
    const response = await api.request('/api/device/events', {
      headers,
      signal: connection.signal,
    });
    if (!response.ok || !response.body) throw await ApiError.from(response);
    handlers.connectionChanged(true);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      clearTimeout(silence);
      silence = setTimeout(abort, SILENCE_LIMIT_MS);
      for (const message of parser.push(value)) dispatch(message, handlers);
      cursor.lastEventId = parser.lastEventId || cursor.lastEventId;
      cursor.retryMs = parser.retryMs ?? cursor.retryMs;
    }
  } finally {
    clearTimeout(silence);
    signal.removeEventListener('abort', abort);
  }
}

function dispatch(message: SseMessage, handlers: EventStreamHandlers): void {
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    return;
  }
  if (message.event === 'manifest') {
    const { version, manifest } = (data ?? {}) as { version?: unknown; manifest?: unknown };
    if (typeof version === 'string' && version !== '') handlers.manifestVersion(version, manifest);
  } else if (message.event === 'command') {
    const command = DeviceCommandSchema.safeParse(data);
    if (command.success) handlers.command(command.data);
  } else if (message.event === QUEUE_EVENT) {
    const call = QueueCallSchema.safeParse(data);
    if (call.success) handlers.queueCall(call.data);
  }
}
