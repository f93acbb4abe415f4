import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { ApiError, invalidInput, zodIssues } from '../errors.js';
import { exceedsJsonDepth } from './json-depth.js';

/** Sign-in, pairing and the like: a few fields, never more than this. */
export const SMALL_BODY_BYTES = 8 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads a write's body before the route's validator does. Writes are JSON only (415 otherwise),
 * which, together with SameSite cookies, keeps plain HTML forms from other sites out. A request
 * with no body and no type passes (the validator then checks `{}`). Past `maxBytes` it is 413,
 * read no further; nested too deep, 400 unparsed. The text read is left in Hono's body cache,
 * where the route's JSON validator takes it from.
 */
export function jsonBodyGate(maxBytes: number | undefined): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type');
    const text = maxBytes === undefined ? await c.req.text() : await readBounded(c, maxBytes);
    // Hono types its cache by the Body methods, but stores (and reads back) their promises.
    Object.assign(c.req.bodyCache, { text: Promise.resolve(text) });
    if (type === undefined && text === '') return next();
    if (type === undefined || !JSON_TYPE.test(type)) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json');
    }
    if (exceedsJsonDepth(text)) {
      throw new ApiError(400, 'bad_request', 'The JSON body is nested too deeply');
    }
    try {
      JSON.parse(text);
    } catch {
      throw new ApiError(400, 'bad_request', 'The body is not valid JSON');
    }
    return next();
  };
}

export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(zodIssues(result.error));
  return result.data;
}

const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'too_large', `The body is larger than ${Math.round(maxBytes / 1024)} KB`);

/** The body as text, refused by its declared length or once the bytes read pass `maxBytes`. */
async function readBounded(c: Context, maxBytes: number): Promise<string> {
  if (Number(c.req.header('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
