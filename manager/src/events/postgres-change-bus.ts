import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { errorFields, type Logger } from '../logger.js';
import {
  type ChangeBus,
  ChangeListeners,
  type ChangeNotice,
  ChangeNoticeSchema,
} from './change-bus.js';

/** The channel every instance of one database listens on. */
export const CHANGE_CHANNEL = 'bang_tin_changes';

/** NOTIFY refuses payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_999;

export interface PostgresChangeBusOptions {
  connectionString: string;
  logger: Logger;
  /** First wait before reconnecting the listener; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
}

/**
 * Change notices over PostgreSQL LISTEN/NOTIFY: no broker beyond the database the instances
 * already share. The listener holds one dedicated connection (a pooled one would lose its
 * LISTEN when returned); when it drops, it reconnects with backoff and then tells its own
 * subscribers that content may have changed, since notices sent meanwhile were lost.
 */
export class PostgresChangeBus implements ChangeBus {
  readonly #origin = randomUUID();
  readonly #listeners = new ChangeListeners();
  readonly #publisher: pg.Pool;
  #listener: pg.Client | null = null;
  #retryMs: number;
  #retryTimer: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(private readonly options: PostgresChangeBusOptions) {
    this.#retryMs = options.retryMs ?? 250;
    this.#publisher = new pg.Pool({ connectionString: options.connectionString, max: 2 });
    // An idle pooled connection that dies is replaced on the next query; only say so.
    this.#publisher.on('error', (error) =>
      options.logger.warn('change bus publisher connection lost', errorFields(error)),
    );
  }

  /** Connects the listener; resolves once LISTEN is in place (notices from then on arrive). */
  async start(): Promise<void> {
    await this.#listen();
  }

  async publish(notice: ChangeNotice): Promise<void> {
    const payload = JSON.stringify({ origin: this.#origin, notice });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      throw new Error(
        `change notice of ${Buffer.byteLength(payload)} bytes exceeds NOTIFY's limit`,
      );
    }
    await this.#publisher.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, payload]);
  }

  subscribe(listener: (notice: ChangeNotice) => void): () => void {
    return this.#listeners.add(listener);
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    const listener = this.#listener;
    this.#listener = null;
    await Promise.allSettled([listener?.end(), this.#publisher.end()]);
  }

  async #listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString });
    client.on('notification', (message) => this.#receive(message.payload));
    client.on('error', (error) => this.#lost(client, error));
    client.on('end', () => this.#lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${CHANGE_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw error;
    }
    this.#listener = client;
  }

  #receive(payload: string | undefined): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload ?? '');
    } catch {
      parsed = undefined;
    }
    const envelope = parsed as { origin?: unknown; notice?: unknown } | undefined;
    if (envelope?.origin === this.#origin) return;
    const notice = ChangeNoticeSchema.safeParse(envelope?.notice);
    if (!notice.success) {
      this.options.logger.warn('change bus ignored a malformed notice', { payload });
      return;
    }
    this.#listeners.deliver(notice.data);
  }

  #lost(client: pg.Client, error: unknown): void {
    if (this.#closed || client !== this.#listener) return;
    this.#listener = null;
    client.removeAllListeners();
    // A client that errored may still need its socket released; its own errors no longer matter.
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    this.options.logger.warn('change bus listener lost; reconnecting', errorFields(error));
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    const wait = this.#retryMs;
    this.#retryMs = Math.min(wait * 2, this.options.maxRetryMs ?? 10_000);
    this.#retryTimer = setTimeout(async () => {
      this.#retryTimer = null;
      if (this.#closed) return;
      try {
        await this.#listen();
      } catch (error) {
        this.options.logger.warn('change bus reconnect failed', errorFields(error));
        this.#scheduleReconnect();
        return;
      }
      this.#retryMs = this.options.retryMs ?? 250;
      this.options.logger.info('change bus listener reconnected');
      // Whatever was published while the connection was down is lost: catch up from the store.
      this.#listeners.deliver({ kind: 'content' });
    }, wait);
    this.#retryTimer.unref();
  }
}
