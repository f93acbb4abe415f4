import { type ScreenStatus, ScreenStatusSchema } from '@bangtin/shared';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The monitor's live feed (`/api/monitoring/events`) while the host is connected: each screen's
 * status as soon as it reports (a heartbeat) or changes state. The browser reconnects by itself.
 */
export class ScreenStatusFeed implements ReactiveController {
  #source: EventSource | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly onStatus: (status: ScreenStatus) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const source = new EventSource('/api/monitoring/events');
    source.addEventListener('screen', (event) => {
      const status = ScreenStatusSchema.safeParse(parseJson((event as MessageEvent<string>).data));
      if (status.success) this.onStatus(status.data);
    });
    this.#source = source;
  }

  hostDisconnected(): void {
    this.#source?.close();
    this.#source = null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
