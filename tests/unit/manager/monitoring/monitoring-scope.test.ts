import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, ORIGIN, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(async () => {
  await m.monitor.settled();
  await m.close();
});

const beat = (screen: { screenId: string; token: string }) =>
  m.device('POST', '/api/device/heartbeat', screen.token, {
    manifestVersion: m.manifests.version(screen.screenId) ?? null,
    appVersion: '0.1.0',
    showing: { slideId: null, playlistId: null, state: 'idle' },
    storage: { usage: 10, quota: 100, persisted: true },
    uptimeSeconds: 60,
  });

describe('monitoring stream of a user limited to screen groups', () => {
  it("carries only the user's groups' screens", async () => {
    const g1 = await m.create('/api/groups', { name: 'G1' });
    const g2 = await m.create('/api/groups', { name: 'G2' });
    const ours = await m.pairScreen('Sảnh A');
    const theirs = await m.pairScreen('Sảnh B');
    await m.editor('PUT', `/api/screens/${ours.screenId}`, { name: 'Sảnh A', groupIds: [g1.id] });
    await m.editor('PUT', `/api/screens/${theirs.screenId}`, { name: 'Sảnh B', groupIds: [g2.id] });
    const viewer = await m.userClient('viewer', { groupIds: [g1.id] });
    const stream = await m.request('/api/monitoring/events', {
      headers: { cookie: viewer.cookie, origin: ORIGIN },
    });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    // The stream subscribes once its body starts: beat (theirs first) until ours arrives.
    const beats = setInterval(async () => {
      await beat(theirs);
      await beat(ours);
    }, 100);
    let text = '';
    while (!text.includes(ours.screenId)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    clearInterval(beats);
    await reader.cancel();
    expect(text).toContain(ours.screenId);
    expect(text).not.toContain(theirs.screenId);
  });
});
