import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type ManagerApp } from '../../../../manager/src/app.js';
import { InProcessChangeNetwork } from '../../../../manager/src/events/change-bus.js';
import type { DeviceEvent } from '../../../../manager/src/events/sse-hub.js';
import { manifestRevisionsRepository } from '../../../../manager/src/store/manifest-revisions.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

/** Two apps on one store, joined by a change bus: instance A takes writes, B holds the streams. */
let a: TestManager;
let b: ManagerApp;
beforeEach(async () => {
  const network = new InProcessChangeNetwork();
  a = await createTestManager({ changes: network.join() });
  b = createApp({ ...a.appOptions, changes: network.join() });
  await b.manifests.refresh();
});
afterEach(async () => {
  b.hub.closeAll();
  await a.close();
});

/** Subscribes to B's hub as B's event stream route does, collecting what it would send. */
function streamOnB(screenId: string) {
  const events: DeviceEvent[] = [];
  const unsubscribe = b.hub.subscribe(screenId, {
    send: (event) => events.push(event),
    close() {},
  });
  return { events, unsubscribe };
}

const until = async (check: () => boolean, ms = 1_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('instances joined by a change bus', () => {
  it('a write through A moves the manifest B serves and pushes it to B’s streams', async () => {
    const { screenId, token } = await a.pairScreen('Sảnh');
    await until(() => b.manifests.version(screenId) !== undefined);
    const before = b.manifests.version(screenId);
    const stream = streamOnB(screenId);

    const res = await a.editor('PUT', `/api/screens/${screenId}`, {
      name: 'Sảnh',
      crossfade: false,
    });
    expect(res.status).toBe(200);
    await until(() => stream.events.some((event) => event.event === 'manifest'));
    const version = b.manifests.version(screenId);
    expect(version).not.toBe(before);
    expect(version).toBe(a.manifests.version(screenId));
    // B built it (its stream is there) and stored its revision, which every instance goes on from.
    const stored = await manifestRevisionsRepository.of(a.store.db, [screenId]);
    expect(stored.get(screenId)).toEqual({
      version,
      revision: (await b.manifests.manifest(screenId))?.revision,
    });
    expect(stream.events.at(-1)).toMatchObject({
      event: 'manifest',
      data: JSON.stringify({ version }),
    });

    const served = await b.app.request('/api/device/manifest', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await served.json()).version).toBe(version);
  });

  it('a command sent through A reaches the screen whose stream is on B', async () => {
    const { screenId } = await a.pairScreen();
    const stream = streamOnB(screenId);
    const res = await a.editor('POST', `/api/screens/${screenId}/commands`, {
      command: 'identify',
    });
    const sent = await res.json();
    await until(() => stream.events.some((event) => event.event === 'command'));
    expect(JSON.parse(stream.events.find((e) => e.event === 'command')?.data ?? '')).toEqual(sent);
  });

  it('revoking through A ends the screen’s streams on B and its token there', async () => {
    const { screenId, token } = await a.pairScreen();
    const asked = () =>
      b.app.request('/api/device/manifest', { headers: { authorization: `Bearer ${token}` } });
    expect((await asked()).status).toBe(200);
    let closed = false;
    b.hub.subscribe(screenId, { send() {}, close: () => (closed = true) });

    expect((await a.editor('POST', `/api/screens/${screenId}/revoke`)).status).toBe(200);
    await until(() => closed);
    expect((await asked()).status).toBe(401);
  });
});
