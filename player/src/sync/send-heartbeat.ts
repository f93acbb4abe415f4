import type { Heartbeat } from '@bangtin/shared';
import type { ApiClient } from './api-client.js';

/** What the screen reports about itself every minute. */
export interface HeartbeatFacts {
  manifestVersion: string | null;
  appVersion: string;
  showing: Heartbeat['showing'];
  startedAt: number;
  /** False while the screen does not know the time (no server contact since a cold boot). */
  clockTrusted: boolean;
  errors: string[];
}

/** Reports status, with storage use and whether it is persistent when the browser says. */
export async function sendHeartbeat(api: ApiClient, facts: HeartbeatFacts): Promise<void> {
  const heartbeat: Heartbeat = {
    manifestVersion: facts.manifestVersion,
    appVersion: facts.appVersion,
    showing: facts.showing,
    storage: await storageFacts(),
    uptimeSeconds: Math.max(0, Math.round((Date.now() - facts.startedAt) / 1000)),
    errors: facts.errors.slice(-20),
    clockTrusted: facts.clockTrusted,
  };
  await api.post('/api/device/heartbeat', heartbeat);
}

async function storageFacts(): Promise<Heartbeat['storage']> {
  if (!navigator.storage?.estimate) return null;
  try {
    const [estimate, persisted] = await Promise.all([
      navigator.storage.estimate(),
      navigator.storage.persisted(),
    ]);
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
  } catch {
    return null;
  }
}
