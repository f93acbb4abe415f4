import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let now: number;
let m: TestManager;
beforeEach(async () => {
  now = Date.parse('2026-03-02T02:00:00Z');
  m = await createTestManager({ clock: () => now });
});
afterEach(() => m.close());

const send = async (screenId: string, command: string) => {
  const res = await m.editor('POST', `/api/screens/${screenId}/commands`, { command });
  expect(res.status).toBe(202);
  return (await res.json()) as { id: string; command: string };
};

describe('command acknowledgement', () => {
  it('records the acknowledgement and lists it with the command', async () => {
    const { screenId, token } = await m.pairScreen();
    const sent = await send(screenId, 'resync');
    now += 2_000;
    const ack = await m.device('POST', `/api/device/commands/${sent.id}/ack`, token, {});
    expect(ack.status).toBe(200);
    expect(await ack.json()).toMatchObject({ id: sent.id, command: 'resync', status: 'done' });

    const res = await m.editor('GET', `/api/screens/${screenId}/commands`);
    expect((await res.json()).items).toEqual([
      {
        id: sent.id,
        command: 'resync',
        sentAt: '2026-03-02T02:00:00.000Z',
        sentBy: expect.any(String),
        ack: { at: '2026-03-02T02:00:02.000Z', status: 'done', message: null },
      },
    ]);
  });

  it('keeps the first acknowledgement when the player repeats it', async () => {
    const { screenId, token } = await m.pairScreen();
    const sent = await send(screenId, 'reload');
    await m.device('POST', `/api/device/commands/${sent.id}/ack`, token, {
      status: 'failed',
      message: 'đang tải nội dung',
    });
    now += 5_000;
    const again = await m.device('POST', `/api/device/commands/${sent.id}/ack`, token, {});
    expect(await again.json()).toMatchObject({
      status: 'failed',
      ackedAt: '2026-03-02T02:00:00.000Z',
    });
  });

  it('answers 404 for a command sent to another screen, or never sent', async () => {
    const first = await m.pairScreen('Một');
    const second = await m.pairScreen('Hai');
    const sent = await send(first.screenId, 'identify');
    const res = await m.device('POST', `/api/device/commands/${sent.id}/ack`, second.token, {});
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    const unknown = await m.device('POST', '/api/device/commands/nope/ack', first.token, {});
    expect(unknown.status).toBe(404);
  });

  it('counts commands still waiting for their acknowledgement', async () => {
    const { screenId } = await m.pairScreen();
    await send(screenId, 'identify');
    const res = await m.editor('GET', '/api/monitoring/screens');
    expect((await res.json()).items[0].pendingCommands).toBe(1);
  });
});
