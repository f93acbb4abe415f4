import { z } from 'zod';
import { PasswordChangeRequiredEvent } from '../events/password-change-required-event.js';
import { SessionExpiredEvent } from '../events/session-expired-event.js';
import { ApiFailure, failureFromResponse, invalidAnswer } from './api-failure.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Calls the manager's JSON API and parses the answer with `schema`: a non-2xx answer, or one
 * the schema refuses (a manager of another version), becomes a thrown ApiFailure.
 */
export async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const response = await send(method, path, body, signal);
  const text = response.status === 204 ? '' : await response.text();
  let answer: unknown;
  try {
    answer = text ? JSON.parse(text) : undefined;
  } catch {
    throw invalidAnswer(response.status, path, 'not JSON');
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw invalidAnswer(response.status, path, parsed.error.issues);
  return parsed.data;
}

/** Calls the API for its effect alone: the answer's body is not read. */
export async function command(
  method: Method,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<void> {
  await send(method, path, body, signal);
}

async function send(
  method: Method,
  path: string,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<Response> {
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
  return response;
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
  get: <S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal) =>
    request('GET', path, schema, undefined, signal),
  post: <S extends z.ZodType>(path: string, body: unknown, schema: S) =>
    request('POST', path, schema, body),
  put: <S extends z.ZodType>(path: string, body: unknown, schema: S) =>
    request('PUT', path, schema, body),
  /** A POST whose answer the caller does not use (a step, a sign-out). */
  postOnly: (path: string, body: unknown) => command('POST', path, body),
  putOnly: (path: string, body: unknown) => command('PUT', path, body),
  delete: (path: string) => command('DELETE', path),
};

/** Replaces the item with `id` (PUT), or creates a new one (POST) when there is no id yet. */
export function saveItem<S extends z.ZodType>(
  resource: string,
  id: string | null | undefined,
  body: unknown,
  schema: S,
) {
  return id
    ? api.put(`/api/${resource}/${encodeURIComponent(id)}`, body, schema)
    : api.post(`/api/${resource}`, body, schema);
}

/** `GET /api/<resource>` answers `{ items }`, each checked by `item`. */
export async function listItems<S extends z.ZodType>(
  resource: string,
  item: S,
  signal?: AbortSignal,
): Promise<z.output<S>[]> {
  const body = await api.get(`/api/${resource}`, z.object({ items: z.array(item) }), signal);
  return body.items;
}
