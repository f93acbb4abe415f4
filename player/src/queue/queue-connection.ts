import { hasQueueZone, type Manifest, type QueueCall, QueueSnapshotSchema } from '@bangtin/shared';
import type { ApiClient } from '../sync/api-client.js';
import type { QueueFeed } from './queue-feed.js';

/**
 * Keeps a queue feed in step with the manager: today's calls each time the event stream
 * (re)connects, then each call it carries; down with the stream. Only screens whose templates
 * have a queue zone ask.
 */
export class QueueConnection {
  #streamUp = false;

  constructor(
    private readonly api: ApiClient,
    private readonly feed: QueueFeed,
    private readonly manifest: () => Manifest | null,
    private readonly report: (message: string) => void,
  ) {}

  streamChanged(connected: boolean): void {
    this.#streamUp = connected;
    if (connected) void this.refresh();
    else this.feed.disconnected();
  }

  call(call: QueueCall): void {
    if (this.#streamUp) this.feed.add(call);
  }

  /** Fetches today's calls, when the stream is up and a queue zone can show them. */
  async refresh(): Promise<void> {
    const manifest = this.manifest();
    if (!this.#streamUp || !manifest || !hasQueueZone(manifest)) return;
    try {
      const snapshot = QueueSnapshotSchema.parse(await this.api.json('/api/device/queue'));
      if (this.#streamUp) this.feed.snapshot(snapshot.calls);
    } catch (error) {
      this.report(`queue: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
