import type { ScreenStatus } from '@bangtin/shared';
import type { VersionSince } from '../manifest/manifest-tracker.js';
import { deviceCommandsRepository } from '../store/device-commands.js';
import { incidentsRepository } from '../store/incidents.js';
import type { Store } from '../store/open-store.js';
import { rejectedPlaysRepository } from '../store/served-versions.js';
import { readReportedStatus } from './screen-facts.js';
import type { ScreenMonitor } from './screen-monitor.js';

async function titles(store: Store, table: 'slides' | 'playlists', field: 'title' | 'name') {
  const rows = await store.db.selectFrom(table).select(['id', 'body']).execute();
  return new Map(
    rows.map((row) => [
      row.id,
      String((JSON.parse(row.body) as Record<string, unknown>)[field] ?? row.id),
    ]),
  );
}

/** Every screen's state, flags and what it shows now, for the dashboard. */
export async function buildScreenStatuses(
  store: Store,
  monitor: ScreenMonitor,
  currentVersions: (screenIds: readonly string[]) => Promise<ReadonlyMap<string, VersionSince>>,
  options: { screenId?: string; judgeFirst?: boolean } = {},
): Promise<ScreenStatus[]> {
  const { screenId, judgeFirst = true } = options;
  const states = await monitor.states(judgeFirst);
  let query = store.db.selectFrom('screens').select(['id', 'name', 'location']).orderBy('seq');
  if (screenId) query = query.where('id', '=', screenId);
  const screens = await query.execute();
  const ids = screens.map((s) => s.id);
  const versions = await currentVersions(ids);
  const reported = await readReportedStatus(store.db, ids);
  const scheduled = await monitor.scheduled(ids);
  const members = await store.db
    .selectFrom('screen_group_members')
    .selectAll()
    .orderBy('position')
    .execute();
  const open = await incidentsRepository.open(store.db);
  const pending = await deviceCommandsRepository.pendingCounts(store.db);
  const rejected = await rejectedPlaysRepository.counts(store.db);
  const slideTitles = await titles(store, 'slides', 'title');
  const playlistNames = await titles(store, 'playlists', 'name');
  const named = (map: Map<string, string>, id: string | null | undefined) =>
    id ? { id, name: map.get(id) ?? id } : null;

  return screens.map((screen) => {
    const status = reported.get(screen.id);
    const state = states.get(screen.id);
    const answer = scheduled.get(screen.id);
    return {
      id: screen.id,
      name: screen.name,
      location: screen.location,
      groupIds: members.filter((m) => m.screen_id === screen.id).map((m) => m.group_id),
      state: state?.state ?? 'unknown',
      since: state?.at ?? null,
      flags: state?.flags ?? [],
      lastSeenAt: status?.lastSeenAt ?? null,
      appVersion: status?.appVersion ?? null,
      uptimeSeconds: status?.uptimeSeconds ?? null,
      reportedVersion: status?.reportedVersion ?? null,
      currentVersion: versions.get(screen.id)?.version ?? null,
      storage: status?.storage ?? null,
      errors: status?.errors ?? [],
      clockTrusted: status?.clockTrusted ?? null,
      showing: status?.showing
        ? {
            state: status.showing.state,
            slide: named(slideTitles, status.showing.slideId),
            playlist: named(playlistNames, status.showing.playlistId),
            page: status.showing.page ?? null,
          }
        : null,
      scheduled: {
        state: answer?.state ?? 'idle',
        playlist: named(playlistNames, answer?.playlistId),
      },
      openIncidents: open
        .filter((incident) => incident.screenId === screen.id)
        .map((incident) => ({
          id: incident.id,
          kind: incident.kind,
          startedAt: incident.startedAt,
        })),
      pendingCommands: pending.get(screen.id) ?? 0,
      rejectedPlays: rejected.get(screen.id) ?? 0,
    };
  });
}
