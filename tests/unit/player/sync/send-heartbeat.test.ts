import { HeartbeatSchema } from '@bangtin/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../../player/src/sync/api-client.js';
import { sendHeartbeat } from '../../../../player/src/sync/send-heartbeat.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

function recordingApi() {
  const sent: unknown[] = [];
  const api = { post: async (_path: string, body: unknown) => sent.push(body) };
  return { api: api as unknown as ApiClient, sent };
}

const facts = {
  manifestVersion: 'v1',
  appVersion: '0.1.0',
  showing: { slideId: 's1', playlistId: 'p1', state: 'playing' },
  startedAt: Date.now() - 90_000,
  errors: [],
};

describe('sendHeartbeat', () => {
  it('reports whether the clock is trusted, in a body the manager accepts', async () => {
    vi.stubGlobal('navigator', {});
    const { api, sent } = recordingApi();
    await sendHeartbeat(api, { ...facts, clockTrusted: false });
    const heartbeat = HeartbeatSchema.parse(sent[0]);
    expect(heartbeat.clockTrusted).toBe(false);
    expect(heartbeat.uptimeSeconds).toBeGreaterThanOrEqual(90);
  });

  it('reports storage use and persistence when the browser tells them', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        estimate: async () => ({ usage: 1_000, quota: 10_000 }),
        persisted: async () => true,
      },
    });
    const { api, sent } = recordingApi();
    await sendHeartbeat(api, { ...facts, clockTrusted: true });
    expect(HeartbeatSchema.parse(sent[0]).storage).toEqual({
      usage: 1_000,
      quota: 10_000,
      persisted: true,
    });
  });
});
