import type { MiddlewareHandler } from 'hono';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { addRoute } from '../../../../manager/src/api/add-route.js';
import { createApiRouter } from '../../../../manager/src/api/api-router.js';
import type { AppEnv } from '../../../../manager/src/api/app-env.js';
import type { ApiDeps } from '../../../../manager/src/api/deps.js';
import { createErrorHandler } from '../../../../manager/src/errors.js';
import { createLogger } from '../../../../manager/src/logger.js';

const open: MiddlewareHandler<AppEnv> = (_c, next) => next();
const guards = new Proxy({} as ApiDeps['guards'], { get: () => open });

const NoteSchema = z.object({ text: z.string().min(1) });
const AnswerSchema = z.object({ id: z.string(), text: z.string(), limit: z.number() });

function noteRouter() {
  const router = createApiRouter();
  router.onError(createErrorHandler(createLogger('silent')));
  addRoute(
    router,
    guards,
    {
      method: 'put',
      path: '/notes/{id}',
      summary: 'Replace a note',
      tags: ['notes'],
      auth: 'editor',
      params: z.object({ id: z.string() }),
      query: z.object({ limit: z.coerce.number().int().default(5) }),
      body: NoteSchema,
      responses: { 200: { description: 'The note', schema: AnswerSchema } },
    },
    (c, input) => {
      expectTypeOf(c.req.valid('json')).toEqualTypeOf<{ text: string }>();
      expectTypeOf(c.req.valid('param')).toEqualTypeOf<{ id: string }>();
      expectTypeOf(c.req.valid('query')).toEqualTypeOf<{ limit: number }>();
      expect(input.body).toEqual(c.req.valid('json'));
      const { id } = c.req.valid('param');
      return c.json({ id, text: input.body.text, limit: c.req.valid('query').limit }, 200);
    },
  );
  return router;
}

const put = (body: string, query = '') =>
  noteRouter().request(`/notes/n1${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('addRoute', () => {
  it('hands the handler the validated body, path parameters and query', async () => {
    const res = await put(JSON.stringify({ text: 'hello' }), '?limit=7');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'n1', text: 'hello', limit: 7 });
  });

  it('answers invalid input with the one error body, a detail per field', async () => {
    const res = await put(JSON.stringify({ text: '' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'The input is not valid',
        details: [{ path: 'text', message: expect.any(String) }],
      },
    });
  });

  it('refuses a body that is not JSON with 415 before validating it', async () => {
    const res = await noteRouter().request('/notes/n1', {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: 'text=hello',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('types the answers a route declares', () => {
    const router = createApiRouter();
    addRoute(
      router,
      guards,
      {
        method: 'get',
        path: '/notes',
        summary: 'Notes',
        tags: ['notes'],
        auth: 'viewer',
        responses: { 200: { description: 'The notes', schema: AnswerSchema } },
      },
      // @ts-expect-error: the answer lacks `limit`, which the declared schema requires.
      (c) => c.json({ id: 'n1', text: 'hello' }, 200),
    );
    addRoute(
      router,
      guards,
      {
        method: 'get',
        path: '/notes/{id}',
        summary: 'A note',
        tags: ['notes'],
        auth: 'viewer',
        responses: { 200: { description: 'The note', schema: AnswerSchema } },
      },
      // @ts-expect-error: 201 is not a status the route declares.
      (c) => c.json({ id: 'n1', text: 'hello', limit: 1 }, 201),
    );
    expect(router.openAPIRegistry.definitions).toHaveLength(2);
  });
});
