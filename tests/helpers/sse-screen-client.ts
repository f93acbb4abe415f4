import { type ClientRequest, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { backoffDelay } from '../../player/src/sync/backoff.js';

/**
 * A simulated screen: holds the device event stream in Node (no browser), remembers the last
 * manifest version announced, and reconnects after any loss with the player's own backoff
 * (exponential, equal jitter), recording when it tried.
 */
export class SseScreenClient {
  version: string | null = null;
  /** When the last manifest event arrived (epoch ms). */
  versionAt = 0;
  connected = false;
  readonly attempts: number[] = [];
  #attempt = 0;
  #request: ClientRequest | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(
    private readonly url: string,
    readonly token: string,
  ) {}

  open(): void {
    if (this.#closed) return;
    this.attempts.push(Date.now());
    let buffer = '';
    let ended = false;
    const lost = () => {
      if (ended) return;
      ended = true;
      this.#lost();
    };
    // https for a proxy's TLS front (tests trust its self-signed certificate explicitly).
    const request = this.url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = request(
      `${this.url}/api/device/events`,
      {
        headers: { Authorization: `Bearer ${this.token}`, Accept: 'text/event-stream' },
        rejectUnauthorized: false,
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          res.on('end', lost);
          return;
        }
        this.connected = true;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          const blocks = buffer.split('\n\n');
          buffer = blocks.pop() ?? '';
          for (const block of blocks) this.#read(block);
        });
        res.on('close', lost);
      },
    );
    req.on('error', lost);
    req.end();
    this.#request = req;
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#request?.destroy();
  }

  #read(block: string): void {
    const lines = block.split('\n');
    if (!lines.includes('event: manifest')) return;
    const data = lines.find((line) => line.startsWith('data: '))?.slice(6) ?? '{}';
    this.version = (JSON.parse(data) as { version?: string }).version ?? null;
    this.versionAt = Date.now();
    // An event received: the connection is healthy, the next loss starts the backoff afresh.
    this.#attempt = 0;
  }

  #lost(): void {
    this.#request = null;
    this.connected = false;
    if (this.#closed) return;
    const delay = backoffDelay(this.#attempt++, { baseMs: 1000, maxMs: 60_000 });
    this.#timer = setTimeout(() => this.open(), delay);
  }
}
