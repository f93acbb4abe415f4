import { ApiError } from './api-error.js';
import type { ServerClock } from './server-clock.js';

/** Calls the manager's device API with the screen's token, and keeps the clock corrected. */
export class ApiClient {
  constructor(
    readonly origin: string,
    private readonly clock: ServerClock,
    private token: string | null = null,
  ) {}

  setToken(token: string | null): void {
    this.token = token;
  }

  url(path: string): string {
    return new URL(path, this.origin).href;
  }

  /** Any response (including errors) as it came, except 401, which throws. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.token) headers.set('Authorization', `Bearer ${this.token}`);
    const sentAt = performance.now();
    const response = await fetch(this.url(path), { cache: 'no-store', ...init, headers });
    const serverTime = Number(response.headers.get('X-Server-Time'));
    if (serverTime > 0) this.clock.observe(serverTime, sentAt, performance.now());
    if (response.status === 401) throw await ApiError.from(response);
    return response;
  }

  /** A JSON answer, throwing ApiError for any non-2xx status. */
  async json(path: string, init: RequestInit = {}): Promise<unknown> {
    const response = await this.request(path, init);
    if (!response.ok) throw await ApiError.from(response);
    return response.json();
  }

  /** POSTs `body` as JSON and returns the JSON answer. */
  post(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
    return this.json(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: signal ?? null,
    });
  }
}
