import { type DeviceCommand, QUEUE_EVENT, type QueueCall } from '@bangtin/shared';
import type { ManifestBytes } from '../manifest/manifest-bytes.js';

/** One server-sent event bound for a screen; `id` grows monotonically within this process. */
export interface DeviceEvent {
  id: number;
  event: 'manifest' | 'command' | typeof QUEUE_EVENT;
  data: string;
  /**
   * A `manifest` event's manifest, JSON bytes sent as the data's `manifest` member: in the pieces
   * it is built of, joined only where it goes on the wire.
   */
  manifest?: readonly Uint8Array[];
}

export interface Subscriber {
  send(event: DeviceEvent): void;
  close(): void;
}

/** How many recent commands per screen are kept for replay after a reconnect. */
const COMMAND_BUFFER = 50;

/** How long queue calls are gathered before they go out together (well inside the 1 s promise). */
export const QUEUE_TICK_MS = 50;

/**
 * A new manifest up to this size goes out whole in its `manifest` event, so that the screen
 * need not ask for it: answering ten thousand screens' fetches after a publish cost several
 * times what the publish itself did. A larger one (a department's hundreds of procedures) is
 * only announced, and the screen fetches it gzipped, at a fraction of the size the stream sends.
 */
export const MANIFEST_INLINE_LIMIT = 32 * 1024;

/** Open streams per screen (its one token): a player needs one, a reload briefly two. */
export const MAX_STREAMS_PER_SCREEN = 3;

/** Fans device events out to each screen's open event streams. */
export class SseHub {
  #lastId = 0;
  #subscribers = new Map<string, Set<Subscriber>>();
  #commands = new Map<string, DeviceEvent[]>();
  #queueCalls: DeviceEvent[] = [];
  #queueTimer: ReturnType<typeof setTimeout> | undefined;

  /** Registers a stream, closing the oldest past the cap; returns the function that removes it. */
  subscribe(screenId: string, subscriber: Subscriber): () => void {
    const set = this.#subscribers.get(screenId) ?? new Set();
    // A Set keeps insertion order: the first is the oldest.
    for (const oldest of set) {
      if (set.size < MAX_STREAMS_PER_SCREEN) break;
      set.delete(oldest);
      oldest.close();
    }
    set.add(subscriber);
    this.#subscribers.set(screenId, set);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.#subscribers.delete(screenId);
    };
  }

  subscriberCount(screenId: string): number {
    return this.#subscribers.get(screenId)?.size ?? 0;
  }

  /** Announces `version`; with `manifest` up to the inline limit, the manifest goes too. */
  manifestEvent(version: string, manifest?: ManifestBytes): DeviceEvent {
    const event: DeviceEvent = {
      id: ++this.#lastId,
      event: 'manifest',
      data: JSON.stringify({ version }),
    };
    if (manifest && manifest.size <= MANIFEST_INLINE_LIMIT) event.manifest = manifest.parts();
    return event;
  }

  publishManifest(screenId: string, manifest: ManifestBytes & { version: string }): void {
    // Made only for a screen listening here: a manifest built for a fetch needs no event.
    if (this.subscriberCount(screenId) === 0) return;
    this.#send(screenId, this.manifestEvent(manifest.version, manifest));
  }

  publishCommand(screenId: string, command: DeviceCommand): void {
    const event: DeviceEvent = {
      id: ++this.#lastId,
      event: 'command',
      data: JSON.stringify(command),
    };
    const buffer = [...(this.#commands.get(screenId) ?? []), event].slice(-COMMAND_BUFFER);
    this.#commands.set(screenId, buffer);
    this.#send(screenId, event);
  }

  /**
   * Sends a queue call to every connected screen: each player keeps the calls of its queue zone's
   * counters. Calls are gathered for `QUEUE_TICK_MS` and sent together, so that a busy center
   * costs each stream one write per tick rather than one per call (a stream writes events sent in
   * the same turn at once). Not buffered for replay: a screen that reconnects reads today's calls
   * from `GET /queue`.
   */
  publishQueueCall(call: QueueCall): void {
    this.#queueCalls.push({ id: ++this.#lastId, event: QUEUE_EVENT, data: JSON.stringify(call) });
    this.#queueTimer ??= setTimeout(() => this.#flushQueueCalls(), QUEUE_TICK_MS);
  }

  #flushQueueCalls(): void {
    const events = this.#queueCalls;
    this.#queueCalls = [];
    this.#queueTimer = undefined;
    for (const subscribers of this.#subscribers.values()) {
      for (const subscriber of subscribers) for (const event of events) subscriber.send(event);
    }
  }

  /** Buffered commands newer than `lastEventId`, for a stream that reconnects. */
  commandsAfter(screenId: string, lastEventId: number): DeviceEvent[] {
    return (this.#commands.get(screenId) ?? []).filter((event) => event.id > lastEventId);
  }

  /** Ends the streams of one screen (it was deleted or re-paired). */
  disconnect(screenId: string): void {
    for (const subscriber of this.#subscribers.get(screenId) ?? []) subscriber.close();
    this.#subscribers.delete(screenId);
    this.#commands.delete(screenId);
  }

  /** Ends every stream (shutdown); queue calls not yet sent are dropped with them. */
  closeAll(): void {
    clearTimeout(this.#queueTimer);
    this.#queueTimer = undefined;
    this.#queueCalls = [];
    for (const screenId of [...this.#subscribers.keys()]) this.disconnect(screenId);
  }

  #send(screenId: string, event: DeviceEvent): void {
    for (const subscriber of this.#subscribers.get(screenId) ?? []) subscriber.send(event);
  }
}
