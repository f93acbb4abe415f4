import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

/** Reads the stream until `count` events (blank-line separated) have arrived. */
async function readEvents(res: Response, count: number): Promise<string[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.split('\n\n').length - 1 < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  await reader.cancel();
  return text.split('\n\n').filter(Boolean);
}

describe('device events', () => {
  it('sends the current manifest version first, as an event with an id', async () => {
    const { token } = await m.pairScreen();
    const version = (await (await m.device('GET', '/api/device/manifest', token)).json()).version;
    const res = await m.device('GET', '/api/device/events', token);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('x-server-time')).toMatch(/^\d+$/);
    const [first] = await readEvents(res, 1);
    expect(first).toMatch(/^event: manifest\ndata: (.*)\nid: \d+$/);
    expect(first).toContain(JSON.stringify({ version }));
  });

  it('sends a changed manifest whole with its event, the very text GET /manifest serves', async () => {
    const { token, screenId } = await m.pairScreen('Sảnh');
    const res = await m.device('GET', '/api/device/events', token);
    const events = readEvents(res, 2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await m.editor('PUT', `/api/screens/${screenId}`, { name: 'Sảnh chính', crossfade: false });
    const [, changed] = await events;
    const fetched = await m.device('GET', '/api/device/manifest', token);
    const text = await fetched.text();
    const version = JSON.parse(text).version;
    expect(changed).toMatch(/^event: manifest\ndata: .*\nid: \d+$/);
    expect(changed).toContain(`data: {"version":"${version}","manifest":${text}}\n`);
  });

  it('refuses the token in the URL: only the Authorization header counts', async () => {
    const { token } = await m.pairScreen();
    const res = await m.request(`/api/device/events?token=${token}`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  });

  it('holds at most 3 streams per screen: a 4th closes the oldest', async () => {
    const { token, screenId } = await m.pairScreen();
    const readers = [];
    for (let i = 0; i < 4; i++) {
      const res = await m.device('GET', '/api/device/events', token);
      const reader = res.body!.getReader();
      await reader.read();
      readers.push(reader);
    }
    const oldest = readers[0]!;
    while (!(await oldest.read()).done);
    expect(m.hub.subscriberCount(screenId)).toBe(3);
    for (const reader of readers.slice(1)) await reader.cancel();
  });

  it('relays a command an editor sends to the screen', async () => {
    const { token, screenId } = await m.pairScreen();
    const res = await m.device('GET', '/api/device/events', token);
    const events = readEvents(res, 2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const sent = await (
      await m.editor('POST', `/api/screens/${screenId}/commands`, { command: 'identify' })
    ).json();
    const [, command] = await events;
    expect(command).toContain('event: command');
    expect(command).toContain(JSON.stringify({ command: 'identify', id: sent.id }));
  });

  it('replays buffered commands newer than Last-Event-ID on reconnect', async () => {
    const { token, screenId } = await m.pairScreen();
    await m.editor('POST', `/api/screens/${screenId}/commands`, { command: 'reload' });
    const res = await m.device('GET', '/api/device/events', token, undefined, {
      'last-event-id': '0',
    });
    const [manifest, replayed] = await readEvents(res, 2);
    expect(manifest).toContain('event: manifest');
    expect(replayed).toContain('"command":"reload"');
  });

  it('does not replay a command the screen already acknowledged (on whichever instance)', async () => {
    const { token, screenId } = await m.pairScreen();
    const done = await (
      await m.editor('POST', `/api/screens/${screenId}/commands`, { command: 'reload' })
    ).json();
    await m.editor('POST', `/api/screens/${screenId}/commands`, { command: 'identify' });
    expect((await m.device('POST', `/api/device/commands/${done.id}/ack`, token, {})).status).toBe(
      200,
    );
    const res = await m.device('GET', '/api/device/events', token, undefined, {
      'last-event-id': '0',
    });
    const [, replayed] = await readEvents(res, 2);
    expect(replayed).toContain('"command":"identify"');
  });
});
