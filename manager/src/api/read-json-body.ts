import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, invalidInput, zodIssues } from '../errors.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads and validates a JSON body. Writes are JSON only (415 otherwise), which, together with
 * SameSite cookies, keeps plain HTML forms from other sites out. A request with no body at all
 * counts as `{}`.
 */
export async function readJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<z.output<S>> {
  const type = c.req.header('content-type');
  const text = await c.req.text();
  if (type === undefined && text === '') return parse(schema, {});
  if (type === undefined || !JSON_TYPE.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad_request', 'The body is not valid JSON');
  }
  return parse(schema, value);
}

export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(zodIssues(result.error));
  return result.data;
}
