import { ErrorBodySchema } from '@bangtin/shared';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestManager, ORIGIN, type TestManager } from '../../../helpers/manager-app.js';
import { type DocumentedRoute, documentedRoutes, fillPath } from './documented-routes.js';

/** Tables a refused request may still write to: the audit log (failed sign-ins) and sessions. */
const ALLOWED_TO_CHANGE = new Set(['audit_log', 'sessions']);
const RUNS = 25;

let m: TestManager;
let auth: Record<string, Record<string, string>>;
beforeAll(async () => {
  m = await createTestManager({
    rateLimits: { devicePerToken: { limit: 1_000_000, windowMs: 60_000 } },
  });
  const { token } = await m.pairScreen('Fuzz');
  const cookie = await m.signIn();
  auth = { none: {}, device: { authorization: `Bearer ${token}` } };
  for (const role of ['account', 'viewer', 'editor', 'approver', 'admin']) auth[role] = { cookie };
});
afterAll(() => m.close());

/** Every stored row but those in ALLOWED_TO_CHANGE, as one comparable value. */
async function storeContents(): Promise<Record<string, unknown[]>> {
  const tables = await m.store.db.introspection.getTables();
  const contents: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (ALLOWED_TO_CHANGE.has(name)) continue;
    contents[name] = (await sql`SELECT * FROM ${sql.table(name)}`.execute(m.store.db)).rows;
  }
  return contents;
}

const shapeKeys = (schema: unknown): string[] => {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
};
const accepts = (schema: unknown, value: unknown) => (schema as z.ZodType).safeParse(value).success;

/** Strings that go wrong in paths: traversal, encodings, control characters, huge, empty. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('..', '../../etc/passwd', '%2e%2e%2f', '\u0000', 'a'.repeat(500), ' ', '{id}'),
);

async function send(route: DocumentedRoute, path: string, body?: string) {
  const res = await m.request(path, {
    method: route.method,
    headers: {
      origin: ORIGIN,
      ...auth[route.access],
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body }),
  });
  expect(res.status, `${route.method} ${path} ${body ?? ''}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${route.method} ${path} ${body ?? ''}`).toBeLessThan(500);
  expect(ErrorBodySchema.safeParse(await res.json()).success).toBe(true);
}

const VALID_PARAMS = { id: 'no-such-id', sha256: 'a'.repeat(64) };
const withBody = (r: DocumentedRoute) => r.method === 'POST' || r.method === 'PUT';
const label = (r: DocumentedRoute) => `${r.method} ${r.path}`;

const catalogue = await createTestManager();
const routes = documentedRoutes(catalogue);
await catalogue.close();

describe('malformed input never yields a 500 or a change', () => {
  it.each(routes.filter(withBody).map((r) => [label(r), r] as const))(
    '%s refuses generated bodies',
    async (_label, route) => {
      const before = await storeContents();
      const keys = shapeKeys(route.body);
      const body = fc.oneof(
        fc.jsonValue(),
        keys.length > 0
          ? fc.dictionary(fc.constantFrom(...keys), fc.jsonValue(), { minKeys: 1 })
          : fc.jsonValue(),
      );
      await fc.assert(
        fc.asyncProperty(body, async (value) => {
          fc.pre(route.body === undefined || !accepts(route.body, value));
          await send(route, fillPath(route.path, VALID_PARAMS), JSON.stringify(value));
        }),
        { numRuns: RUNS },
      );
      expect(await storeContents()).toEqual(before);
    },
  );

  it.each(routes.filter((r) => r.params).map((r) => [label(r), r] as const))(
    '%s refuses generated ids',
    async (_label, route) => {
      const before = await storeContents();
      await fc.assert(
        fc.asyncProperty(hostileText, async (id) => {
          const path = fillPath(route.path, {
            id: encodeURIComponent(id),
            sha256: encodeURIComponent(id),
          });
          await send(route, path, withBody(route) ? '{}' : undefined);
        }),
        { numRuns: RUNS },
      );
      expect(await storeContents()).toEqual(before);
    },
  );

  it.each(routes.filter((r) => shapeKeys(r.query).length > 0).map((r) => [label(r), r] as const))(
    '%s refuses generated query strings',
    async (_label, route) => {
      const before = await storeContents();
      const keys = shapeKeys(route.query);
      const query = fc.dictionary(fc.constantFrom(...keys, 'x'), hostileText, { minKeys: 1 });
      await fc.assert(
        fc.asyncProperty(query, async (values) => {
          const search = new URLSearchParams(values);
          fc.pre(!accepts(route.query, Object.fromEntries(search)));
          const path = `${fillPath(route.path, VALID_PARAMS)}?${search}`;
          await send(route, path, withBody(route) ? '{}' : undefined);
        }),
        { numRuns: RUNS },
      );
      expect(await storeContents()).toEqual(before);
    },
  );

  it.each(routes.filter(withBody).map((r) => [label(r), r] as const))(
    '%s refuses a body that is not JSON, or not declared as JSON',
    async (_label, route) => {
      const before = await storeContents();
      const path = fillPath(route.path, VALID_PARAMS);
      await send(route, path, '{"unterminated": ');
      const res = await m.request(path, {
        method: route.method,
        headers: { origin: ORIGIN, ...auth[route.access], 'content-type': 'text/plain' },
        body: '{}',
      });
      expect([400, 403, 415]).toContain(res.status);
      expect(await storeContents()).toEqual(before);
    },
  );
});
