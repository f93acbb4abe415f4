import { PasswordChangeRequiredEvent } from '../events/password-change-required-event.js';
import { SessionExpiredEvent } from '../events/session-expired-event.js';
import { ApiFailure, failureFromResponse } from './api-failure.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Calls the manager's JSON API; any non-2xx answer becomes a thrown ApiFailure. */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiFailure(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const failure = await failureFromResponse(response);
    if (response.status === 401 && path !== '/api/session') {
      window.dispatchEvent(new SessionExpiredEvent());
    }
    if (failure.status === 403 && isPasswordChangeRequired(failure.details)) {
      window.dispatchEvent(new PasswordChangeRequiredEvent());
    }
    throw failure;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

function isPasswordChangeRequired(details: unknown): boolean {
  return (
    typeof details === 'object' &&
    details !== null &&
    'reason' in details &&
    details.reason === 'password_change_required'
  );
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

/** Replaces the item with `id` (PUT), or creates a new one (POST) when there is no id yet. */
export function saveItem<T>(resource: string, id: string | null | undefined, body: unknown) {
  return id
    ? api.put<T>(`/api/${resource}/${encodeURIComponent(id)}`, body)
    : api.post<T>(`/api/${resource}`, body);
}

/** `GET /api/<resource>` answers `{ items }`. */
export async function listItems<T>(resource: string, signal?: AbortSignal): Promise<T[]> {
  const body = await api.get<{ items: T[] }>(`/api/${resource}`, signal);
  return body.items;
}
