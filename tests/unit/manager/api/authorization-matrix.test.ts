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
  'GET /api/device/queue': 'device',
  // Any signed-in user (counter staff get a viewer account), or an integration key instead.
  'POST /api/queue/calls': 'viewer',
  'GET /api/queue/calls': 'viewer',
  'GET /api/queue/report': 'viewer',
  'GET /api/queue/report.csv': 'viewer',
  'GET /api/integration-keys': 'admin',
  'POST /api/integration-keys': 'admin',
  'POST /api/integration-keys/{id}/revoke': 'admin',
  // The manager fetches a source's address itself (LAN included): only admins set or see one.
  'GET /api/slides/{id}/figure-source': 'admin',
  'PUT /api/slides/{id}/figure-source': 'admin',
  'DELETE /api/slides/{id}/figure-source': 'admin',
  'POST /api/slides/{id}/figure-source/refresh': 'admin',
  'POST /api/session': 'none',
  'GET /api/session': 'account',
  'PUT /api/session/password': 'account',
  'DELETE /api/session': 'none',
  'POST /api/screens/pair': 'admin',
  'POST /api/screens/{id}/commands': 'editor',
  'POST /api/screens/{id}/revoke': 'admin',
  'POST /api/screens/{id}/kiosk-link': 'admin',
  'GET /api/screens/{id}/commands': 'viewer',
  'POST /api/procedures/import': 'editor',
  'GET /api/screens/{id}/preview': 'viewer',
  'GET /api/screens/{id}/timeline': 'viewer',
  'POST /api/schedule-conflicts': 'viewer',
  'POST /api/urgent-notices': 'editor',
  'DELETE /api/urgent-notices/{id}': 'editor',
  'POST /api/urgent-notices/{id}/approve': 'approver',
  'GET /api/approvals': 'viewer',
  'GET /api/settings': 'viewer',
  'PUT /api/settings': 'admin',
  'GET /api/first-steps': 'viewer',
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
  'GET /api/holidays': 'viewer',
  'POST /api/holidays': 'approver',
  'PUT /api/holidays/{id}': 'approver',
  'DELETE /api/holidays/{id}': 'approver',
  'POST /api/holidays/import': 'approver',
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

/**
 * Ownership, decided by a person for every route on content a screen group can own and every
 * route about screens: what an approver of group G1 gets against content owned by G2 (`theirs`),
 * shared by the organisation (`shared`), G1's own but shown on G2's screens (`shownOnTheirs`),
 * and, for creates, G1's own (`mine`). A route on these resources missing here fails the test.
 */
type Case = 'theirs' | 'shared' | 'shownOnTheirs' | 'mine';
type Outcome = number | 'listed' | 'hidden';
const OWNED = ['slides', 'playlists', 'hotlines', 'procedures', 'media'] as const;
type Owned = (typeof OWNED)[number];

const readOne = { theirs: 404, shared: 200, shownOnTheirs: 200 };
const changeOne = { theirs: 404, shared: 403, shownOnTheirs: 403 };
const list = { theirs: 'hidden', shared: 'listed', shownOnTheirs: 'listed' } as const;
const create = { theirs: 403, shared: 403, mine: 201 };
const adminOnly = { theirs: 403, shared: 403, shownOnTheirs: 403 };

function owned(resource: Owned, reviewed: boolean): Record<string, Partial<Record<Case, Outcome>>> {
  const one = `/api/${resource}/{id}`;
  return {
    [`GET /api/${resource}`]: list,
    [`POST /api/${resource}`]: create,
    [`GET ${one}`]: readOne,
    [`PUT ${one}`]: changeOne,
    [`DELETE ${one}`]: changeOne,
    ...(reviewed
      ? {
          [`POST ${one}/submit`]: changeOne,
          [`POST ${one}/approve`]: changeOne,
          [`POST ${one}/return`]: changeOne,
        }
      : {}),
  };
}

const OWNERSHIP: Record<string, Partial<Record<Case, Outcome>>> = {
  ...owned('slides', true),
  ...owned('playlists', true),
  ...owned('hotlines', false),
  ...owned('procedures', false),
  'GET /api/media': list,
  'POST /api/media': { theirs: 403, mine: 201 },
  'DELETE /api/media/{sha256}': changeOne,
  // An import replaces the whole directory, shared content of the organisation.
  'POST /api/procedures/import': { shared: 403 },
  // Figures sources are an admin's: an approver of any group is refused before ownership.
  'GET /api/slides/{id}/figure-source': adminOnly,
  'PUT /api/slides/{id}/figure-source': adminOnly,
  'DELETE /api/slides/{id}/figure-source': adminOnly,
  'POST /api/slides/{id}/figure-source/refresh': adminOnly,
};

/** Routes about screens: another group's screen is not found, and lists leave it out. */
const SCREEN_SCOPE: Record<string, 404 | 'hidden'> = {
  'GET /api/screens': 'hidden',
  'GET /api/screens/{id}': 404,
  'GET /api/screens/{id}/preview': 404,
  'GET /api/screens/{id}/timeline': 404,
  'GET /api/screens/{id}/commands': 404,
  'POST /api/screens/{id}/commands': 404,
  'GET /api/monitoring/screens': 'hidden',
  'GET /api/monitoring/screens/{id}/history': 404,
  'GET /api/monitoring/incidents': 'hidden',
  'GET /api/monitoring/uptime': 'hidden',
  'GET /api/reports/plays': 'hidden',
  'GET /api/reports/plays.csv': 'hidden',
  'GET /api/reports/plays/series': 'hidden',
  'GET /api/reports/print': 'hidden',
};

/** What a route needs besides the screen to answer at all. */
const PERIOD = '?period=year&year=2026&per=screen';
const QUERIES: Record<string, string> = {
  'GET /api/screens/{id}/timeline': '?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z',
  'GET /api/monitoring/uptime': PERIOD,
  'GET /api/reports/plays': PERIOD,
  'GET /api/reports/plays.csv': PERIOD,
  'GET /api/reports/plays/series': PERIOD,
  'GET /api/reports/print': PERIOD,
};

const isOwnedPath = (path: string) => OWNED.some((r) => path.startsWith(`/api/${r}`));
const isScreenPath = (path: string) =>
  /^\/api\/(screens|monitoring|reports)/.test(path) &&
  !['/api/screens/pair', '/api/monitoring/events'].includes(path);
const ownedRoutes = routes.filter((r) => isOwnedPath(r.path));
const screenRoutes = routes.filter(
  (r) => isScreenPath(r.path) && r.access !== 'admin' && r.access !== 'device',
);

const PNG = (n: number) =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.from(`image ${n}`)]);

/** G1 and G2 with a screen each, and every owned resource in each case. */
async function ownershipFixture(m: TestManager) {
  const g1 = await m.create('/api/groups', { name: 'G1' });
  const g2 = await m.create('/api/groups', { name: 'G2' });
  await m.create('/api/screens', { name: 'S1', groupIds: [g1.id] });
  const s2 = await m.create('/api/screens', { name: 'S2', groupIds: [g2.id] });
  const cookie = await m.signIn();
  const upload = async (n: number, owner?: string) => {
    const form = new FormData();
    form.append('file', new Blob([PNG(n)], { type: 'image/png' }), `${n}.png`);
    const query = owner ? `?ownerGroupId=${owner}` : '';
    const res = await m.request(`/api/media${query}`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN },
      body: form,
    });
    return (await res.json()).sha256 as string;
  };
  const message = (ownerGroupId: string | null) => ({
    kind: 'message',
    title: 'T',
    heading: 'T',
    ownerGroupId,
  });
  const media = { theirs: await upload(1, g2.id), shared: await upload(2), shownOnTheirs: '' };
  media.shownOnTheirs = await upload(3, g1.id);
  const slide = async (owner: string | null) => (await m.create('/api/slides', message(owner))).id;
  const shownSlides = [
    await slide(g1.id),
    (
      await m.create('/api/slides', {
        kind: 'procedures',
        title: 'P',
        heading: 'P',
        ownerGroupId: g1.id,
      })
    ).id,
    (
      await m.create('/api/slides', {
        kind: 'image',
        title: 'I',
        mediaSha256: media.shownOnTheirs,
        ownerGroupId: g1.id,
      })
    ).id,
  ];
  const playlist = async (owner: string | null, slideIds: string[] = []) =>
    (
      await m.create('/api/playlists', {
        name: 'P',
        items: slideIds.map((slideId) => ({ slideId })),
        ownerGroupId: owner,
      })
    ).id;
  const shownPlaylist = await playlist(g1.id, shownSlides);
  await m.create('/api/schedules', {
    name: 'G2',
    playlistId: shownPlaylist,
    target: { groupIds: [g2.id] },
  });
  const hotline = async (owner: string | null, inTicker: boolean) =>
    (await m.create('/api/hotlines', { label: 'H', number: '1022', inTicker, ownerGroupId: owner }))
      .id;
  const procedure = async (owner: string | null) =>
    (await m.create('/api/procedures', { name: 'Thủ tục', field: 'Hộ tịch', ownerGroupId: owner }))
      .id;
  const ids: Record<Owned, Record<'theirs' | 'shared' | 'shownOnTheirs', string>> = {
    slides: {
      theirs: await slide(g2.id),
      shared: await slide(null),
      shownOnTheirs: shownSlides[0] as string,
    },
    playlists: {
      theirs: await playlist(g2.id),
      shared: await playlist(null),
      shownOnTheirs: shownPlaylist,
    },
    hotlines: {
      theirs: await hotline(g2.id, false),
      shared: await hotline(null, false),
      shownOnTheirs: await hotline(g1.id, true),
    },
    procedures: {
      theirs: await procedure(g2.id),
      shared: await procedure(null),
      shownOnTheirs: await procedure(g1.id),
    },
    media,
  };
  const approver = await m.userClient('approver', { login: 'g1-approver', groupIds: [g1.id] });
  const owners = { theirs: g2.id, shared: null, mine: g1.id };
  return { ids, approver, owners, theirScreen: s2.id as string };
}

/** A body the route accepts as input, so that only ownership can refuse it. */
function validBody(resource: Owned, action: string, owner?: string | null): unknown {
  const withOwner = (body: object) =>
    owner === undefined ? body : { ...body, ownerGroupId: owner };
  if (action === 'approve') return { revision: 1 };
  if (action === 'return') return { comment: 'Sửa', revision: 1 };
  if (action === 'submit') return undefined;
  if (resource === 'slides') return withOwner({ kind: 'message', title: 'N', heading: 'N' });
  if (resource === 'playlists') return withOwner({ name: 'N' });
  if (resource === 'hotlines') return withOwner({ label: 'N', number: '113', inTicker: false });
  return withOwner({ name: 'N', field: 'Khác' });
}

describe('ownership matrix: an approver of G1', () => {
  it('has a decided ownership for every route on owned content and screens', () => {
    expect(ownedRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      Object.keys(OWNERSHIP).sort(),
    );
    expect(screenRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      Object.keys(SCREEN_SCOPE).sort(),
    );
  });

  it.each(ownedRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s answers each owner as decided',
    async (key, route) => {
      const m = await createTestManager();
      try {
        const { ids, approver, owners } = await ownershipFixture(m);
        const resource = OWNED.find((r) => route.path.startsWith(`/api/${r}`)) as Owned;
        const action = route.path.split('/')[4] ?? '';
        const actual: Partial<Record<Case, Outcome>> = {};
        for (const [which, expected] of Object.entries(OWNERSHIP[key] ?? {}) as [Case, Outcome][]) {
          if (key === 'POST /api/procedures/import') {
            const form = new FormData();
            form.append('file', new Blob(['Tên thủ tục\nA\n']), 'a.csv');
            const res = await m.request('/api/procedures/import?dryRun=false', {
              method: 'POST',
              headers: { cookie: approver.cookie, origin: ORIGIN },
              body: form,
            });
            actual[which] = res.status;
          } else if (key === 'POST /api/media') {
            const form = new FormData();
            form.append('file', new Blob([PNG(9)], { type: 'image/png' }), 'n.png');
            const res = await m.request(`/api/media?ownerGroupId=${owners[which as 'mine']}`, {
              method: 'POST',
              headers: { cookie: approver.cookie, origin: ORIGIN },
              body: form,
            });
            actual[which] = res.status;
          } else if (typeof expected === 'string') {
            const res = await approver('GET', route.path);
            const body = JSON.stringify(await res.json());
            actual[which] = body.includes(ids[resource][which as 'theirs']) ? 'listed' : 'hidden';
          } else if (which === 'mine' || route.path === `/api/${resource}`) {
            const owner = owners[which as 'theirs' | 'shared' | 'mine'];
            const res = await approver('POST', route.path, validBody(resource, '', owner));
            actual[which] = res.status;
          } else {
            const id = ids[resource][which];
            const path = fillPath(route.path, { id, sha256: id });
            const body = route.method === 'GET' ? undefined : validBody(resource, action);
            const res = await approver(route.method, path, body);
            await res.body?.cancel();
            actual[which] = res.status;
          }
        }
        expect(actual).toEqual(OWNERSHIP[key]);
      } finally {
        await m.close();
      }
    },
  );

  it.each(screenRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s keeps G2's screen from G1",
    async (key, route) => {
      const m = await createTestManager();
      try {
        const { approver, theirScreen } = await ownershipFixture(m);
        const path = `${fillPath(route.path, { id: theirScreen })}${QUERIES[key] ?? ''}`;
        const body = route.method === 'POST' ? { command: 'reload' } : undefined;
        const res = await approver(route.method, path, body);
        const text = await res.text();
        const outcome = SCREEN_SCOPE[key] === 404 ? res.status : text.includes(theirScreen);
        expect(outcome).toBe(SCREEN_SCOPE[key] === 404 ? 404 : false);
        if (SCREEN_SCOPE[key] === 'hidden') expect(res.status).toBe(200);
      } finally {
        await m.close();
      }
    },
  );
});
