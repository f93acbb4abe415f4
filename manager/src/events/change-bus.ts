import { DeviceCommandSchema } from '@bangtin/shared';
import { z } from 'zod';

/**
 * What one manager instance tells the others after a write. Ids only, never bodies: the store
 * holds the content, and PostgreSQL's NOTIFY carries at most 8000 bytes.
 */
export const ChangeNoticeSchema = z.discriminatedUnion('kind', [
  /** Published content changed: recompute the manifests. */
  z.object({ kind: z.literal('content') }),
  /** A screen's tokens were revoked (or it was paired anew): forget them, close its streams. */
  z.object({ kind: z.literal('tokens-withdrawn'), screenId: z.string().min(1).max(64) }),
  /** A command for one screen, whose event stream may be held by another instance. */
  z.object({
    kind: z.literal('command'),
    screenId: z.string().min(1).max(64),
    command: DeviceCommandSchema,
  }),
]);
export type ChangeNotice = z.infer<typeof ChangeNoticeSchema>;

export type ChangeListener = (notice: ChangeNotice) => void;

/**
 * Carries change notices between the manager instances that share one store. The publisher has
 * already done its own part (refreshed its manifests, sent its own streams the command): a
 * subscriber hears only what other instances published.
 */
export interface ChangeBus {
  publish(notice: ChangeNotice): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(listener: ChangeListener): () => void;
  close(): Promise<void>;
}

/** Listeners of one instance; each bus implementation delivers what others sent through it. */
export class ChangeListeners {
  #listeners = new Set<ChangeListener>();

  add(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  deliver(notice: ChangeNotice): void {
    for (const listener of this.#listeners) listener(notice);
  }
}

/**
 * The instances of one process: a single manager is a network of one (its notices reach nobody,
 * which is today's behaviour); tests join several apps to one network.
 */
export class InProcessChangeNetwork {
  #members = new Set<ChangeListeners>();

  join(): ChangeBus {
    const own = new ChangeListeners();
    this.#members.add(own);
    return {
      publish: async (notice) => {
        for (const member of this.#members) if (member !== own) member.deliver(notice);
      },
      subscribe: (listener) => own.add(listener),
      close: async () => {
        this.#members.delete(own);
      },
    };
  }
}
