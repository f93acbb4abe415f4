import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../manager/src/logger.js';
import { createMonitor } from '../../../../manager/src/monitoring/create-monitor.js';
import { loadContent } from '../../../../manager/src/store/load-content.js';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

/** Every table a query names, wherever in it. */
function tablesOf(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) tablesOf(item, into);
  else if (node && typeof node === 'object') {
    const { kind, table } = node as { kind?: string; table?: { identifier?: { name?: string } } };
    if (kind === 'TableNode' && table?.identifier?.name) into.add(table.identifier.name);
    for (const value of Object.values(node)) tablesOf(value, into);
  }
  return into;
}

/** A plugin that notes the tables each query reads or writes. */
function tableLog(): KyselyPlugin & { tables: Set<string> } {
  const tables = new Set<string>();
  return {
    tables,
    transformQuery: ({ node }: { node: RootOperationNode }) => {
      tablesOf(node, tables);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
}

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
  const screen = await m.pairScreen('Sảnh A');
  await m.device('POST', '/api/device/heartbeat', screen.token, {
    manifestVersion: m.manifests.version(screen.screenId) ?? null,
    appVersion: '0.1.0',
    showing: null,
    storage: null,
    uptimeSeconds: 60,
  });
});
afterEach(() => m.close());

describe('the monitor after a change of content', () => {
  const monitorOver = (log: ReturnType<typeof tableLog>) =>
    createMonitor({
      store: { ...m.store, db: m.store.db.withPlugin(log) },
      logger: createLogger('silent'),
      clock: Date.now,
      currentVersions: (reported, notStaleSince) =>
        m.manifests.versionsToJudge(reported, notStaleSince),
    });

  it('judges from the read it is given, without reading the content again', async () => {
    const log = tableLog();
    const monitor = monitorOver(log);
    monitor.contentChanged(await m.store.db.transaction().execute(loadContent));
    const states = await monitor.states();
    expect([...states.values()].map((s) => s.state)).toEqual(['online']);
    // Only the content read names the playlists: the judgement itself reads states and reports.
    expect(log.tables.has('playlists')).toBe(false);
  });

  it('judges the screens of the latest read, not those it judged before', async () => {
    const monitor = monitorOver(tableLog());
    const read = () => m.store.db.transaction().execute(loadContent);
    monitor.contentChanged(await read());
    expect((await monitor.states()).size).toBe(1);
    const second = await m.pairScreen('Sảnh B');
    await m.device('POST', '/api/device/heartbeat', second.token, {
      manifestVersion: null,
      appVersion: '0.1.0',
      showing: null,
      storage: null,
      uptimeSeconds: 60,
    });
    monitor.contentChanged(await read());
    expect([...(await monitor.states()).keys()]).toContain(second.screenId);
  });

  it('reads the content itself when told of a change without a read', async () => {
    const log = tableLog();
    const monitor = monitorOver(log);
    monitor.contentChanged();
    expect([...(await monitor.states()).values()].map((s) => s.state)).toEqual(['online']);
    expect(log.tables.has('playlists')).toBe(true);
  });
});
