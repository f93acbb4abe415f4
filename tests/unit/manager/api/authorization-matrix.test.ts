import { afterAll, describe, expect, it } from 'vitest';
import { hasRole, ROLES, type Role } from '../../../../manager/src/auth/roles.js';
import { createTestManager, ORIGIN, type TestManager } from '../../../helpers/manager-app.js';
import { documentedRoutes, fillPath } from './documented-routes.js';

type Access = 'none' | 'device' | 'account' | Role;
type Caller = 'anonymous' | Role | 'device' | 'revoked device';
type Cell = 'allowed' | 401 | 403;

/**
 * Who may call each route, decided by a person: a route missing here fails the first test, so
 * a new route cannot ship without a decision (and the matrix below then checks it cell by cell).
 */
const POLICY: Record<string, Access> = {
  'POST /api/device/pair': 'none',
  'GET /api/device/manifest': 'device',
  'GET /api/device/events': 'device',
  'POST /api/device/plays': 'device',
  'POST /api/device/heartbeat': 'device',
  'POST /api/device/commands/{id}/ack': 'device',
  'POST /api/session': 'none',
  'GET /api/session': 'account',
  'PUT /api/session/password': 'account',
  'DELETE /api/session': 'none',
  'POST /api/screens/pair': 'admin',
  'POST /api/screens/{id}/commands': 'editor',
  'POST /api/screens/{id}/revoke': 'admin',
  'GET /api/screens/{id}/commands': 'viewer',
  'POST /api/procedures/import': 'editor',
  'GET /api/screens/{id}/preview': 'viewer',
  'GET /api/screens/{id}/timeline': 'viewer',
  'GET /api/approvals': 'viewer',
  'GET /api/settings': 'viewer',
  'PUT /api/settings': 'admin',
  'POST /api/media': 'editor',
  'GET /api/media': 'viewer',
  'DELETE /api/media/{sha256}': 'editor',
  'GET /api/monitoring/screens': 'viewer',
  'GET /api/monitoring/screens/{id}/history': 'viewer',
  'GET /api/monitoring/incidents': 'viewer',
  'GET /api/monitoring/uptime': 'viewer',
  'GET /api/monitoring/events': 'viewer',
  'GET /api/reports/plays': 'viewer',
  'GET /api/reports/plays.csv': 'viewer',
  'GET /api/reports/plays/series': 'viewer',
  'GET /api/reports/print': 'viewer',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'GET /api/users/{id}': 'admin',
  'PUT /api/users/{id}': 'admin',
  'GET /api/audit': 'admin',
  'POST /api/users/{id}/password-reset': 'admin',
  'POST /api/users/{id}/sign-out': 'admin',
  'GET /api/audit.csv': 'admin',
  ...reviewed('slides'),
  ...reviewed('playlists'),
  ...reviewed('schedules'),
  ...crud('procedures', 'approver'),
  ...crud('hotlines', 'approver'),
  ...crud('screens', 'admin'),
  ...crud('groups', 'admin'),
};

function crud(resource: string, writer: Role): Record<string, Access> {
  return {
    [`GET /api/${resource}`]: 'viewer',
    [`POST /api/${resource}`]: writer,
    [`GET /api/${resource}/{id}`]: 'viewer',
    [`PUT /api/${resource}/{id}`]: writer,
    [`DELETE /api/${resource}/{id}`]: writer,
  };
}

function reviewed(resource: string): Record<string, Access> {
  return {
    ...crud(resource, 'editor'),
    [`POST /api/${resource}/{id}/submit`]: 'editor',
    [`POST /api/${resource}/{id}/approve`]: 'approver',
    [`POST /api/${resource}/{id}/return`]: 'approver',
  };
}

const CALLERS: Caller[] = ['anonymous', ...ROLES, 'device', 'revoked device'];
const isRole = (caller: Caller): caller is Role => (ROLES as readonly string[]).includes(caller);

function expectedCell(access: Access, caller: Caller): Cell {
  if (access === 'none') return 'allowed';
  if (access === 'device') return caller === 'device' ? 'allowed' : 401;
  if (!isRole(caller)) return 401;
  return access === 'account' || hasRole(caller, access) ? 'allowed' : 403;
}

const catalogue = await createTestManager();
const routes = documentedRoutes(catalogue);
afterAll(() => catalogue.close());

/** A manager with one signed-in user per role, a paired screen and a revoked one. */
async function setUp(m: TestManager) {
  const sessions: Partial<Record<Caller, Record<string, string>>> = { anonymous: {} };
  for (const role of ROLES) {
    const client = role === 'admin' ? { cookie: await m.signIn() } : await m.userClient(role);
    sessions[role] = { cookie: client.cookie };
  }
  const live = await m.pairScreen('Live');
  const revoked = await m.pairScreen('Revoked');
  await m.editor('POST', `/api/screens/${revoked.screenId}/revoke`);
  sessions.device = { authorization: `Bearer ${live.token}` };
  sessions['revoked device'] = { authorization: `Bearer ${revoked.token}` };
  return sessions as Record<Caller, Record<string, string>>;
}

describe('authorization matrix', () => {
  it('has a decided policy for every documented route, and for no other', () => {
    const documented = routes.map((r) => `${r.method} ${r.path}`).sort();
    expect(documented).toEqual(Object.keys(POLICY).sort());
  });

  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s documents the access its policy decides',
    (key, route) => {
      expect(route.access).toBe(POLICY[key]);
    },
  );

  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s answers every caller as its policy says',
    async (key, route) => {
      const access = POLICY[key] ?? 'none';
      const m = await createTestManager();
      try {
        const headers = await setUp(m);
        const path = fillPath(route.path, { id: 'no-such-id', sha256: 'a'.repeat(64) });
        const hasBody = route.method === 'POST' || route.method === 'PUT';
        const actual: Record<string, Cell> = {};
        const expected: Record<string, Cell> = {};
        // The callers who may not come first: a write that is allowed must not hide a refusal.
        const ordered = [...CALLERS].sort(
          (a, b) =>
            Number(expectedCell(access, a) === 'allowed') -
            Number(expectedCell(access, b) === 'allowed'),
        );
        for (const caller of ordered) {
          const res = await m.request(path, {
            method: route.method,
            headers: {
              origin: ORIGIN,
              ...headers[caller],
              ...(hasBody ? { 'content-type': 'application/json' } : {}),
            },
            ...(hasBody ? { body: '{}' } : {}),
          });
          await res.body?.cancel();
          expect(res.status, `${caller} got a server error`).toBeLessThan(500);
          actual[caller] = res.status === 401 || res.status === 403 ? res.status : 'allowed';
          expected[caller] = expectedCell(access, caller);
        }
        expect(actual).toEqual(expected);
      } finally {
        await m.close();
      }
    },
  );
});
