import { ADMIN_PASSWORD } from './manager-process.js';

/** A signed-in editor talking to a running manager's JSON API. */
export class EditorClient {
  private cookie = '';

  constructor(private readonly baseUrl: string) {}

  static async signIn(baseUrl: string): Promise<EditorClient> {
    const client = new EditorClient(baseUrl);
    const response = await fetch(`${baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password: ADMIN_PASSWORD }),
    });
    if (!response.ok)
      throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    client.cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    return client;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        origin: this.baseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return this.#answer<T>(method, path, response);
  }

  /** A multipart upload of one file in the field `file`, as the admin page sends it. */
  async upload<T = unknown>(path: string, file: Blob, name: string): Promise<T> {
    const form = new FormData();
    form.append('file', file, name);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, origin: this.baseUrl },
      body: form,
    });
    return this.#answer<T>('POST', path, response);
  }

  async #answer<T>(method: string, path: string, response: Response): Promise<T> {
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  post<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T = unknown>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  get<T = unknown>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }
}
