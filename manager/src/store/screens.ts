import { type Heartbeat, type Screen, type ScreenInputSchema, ZonesSchema } from '@bangtin/shared';
import type { z } from 'zod';
import { deviceTokensRepository, tokensWithdrawn } from './device-tokens.js';
import type { ResourceRepository } from './document-resource.js';
import { nextSeq } from './next-seq.js';
import type { Db } from './open-store.js';
import type { ScreenRow } from './schema.js';

export type ScreenFields = z.output<typeof ScreenInputSchema>;

async function loadScreens(db: Db, id?: string): Promise<Screen[]> {
  let query = db
    .selectFrom('screens')
    .selectAll('screens')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('device_tokens')
            .select('token_hash')
            .whereRef('device_tokens.screen_id', '=', 'screens.id')
            .where('device_tokens.revoked_at', 'is', null),
        )
        .as('paired'),
    )
    .orderBy('seq');
  if (id !== undefined) query = query.where('id', '=', id);
  const rows = await query.execute();
  let members = db
    .selectFrom('screen_group_members')
    .select(['screen_id', 'group_id'])
    .orderBy('screen_id')
    .orderBy('position');
  if (id !== undefined) members = members.where('screen_id', '=', id);
  const groupIds = new Map<string, string[]>();
  for (const member of await members.execute()) {
    const list = groupIds.get(member.screen_id) ?? [];
    list.push(member.group_id);
    groupIds.set(member.screen_id, list);
  }
  return rows.map((row) => toScreen(row, groupIds.get(row.id) ?? [], Boolean(row.paired)));
}

function toScreen(row: ScreenRow, groupIds: string[], paired: boolean): Screen {
  return {
    id: row.id,
    name: row.name,
    location: row.location,
    groupIds,
    orientation: row.orientation as Screen['orientation'],
    layout: row.layout as Screen['layout'],
    timeZone: row.time_zone,
    defaultPlaylistId: row.default_playlist_id,
    tickerCharsPerSecond: row.ticker_chars_per_second,
    crossfade: row.crossfade === null ? null : row.crossfade === 1,
    // Parsed, not trusted: a zone written by an older manager gets today's defaults.
    zones: ZonesSchema.parse(JSON.parse(row.zones)),
    speakCalls: row.speak_calls === 1,
    paired,
    lastSeenAt: row.last_seen_at,
    manifestVersion: row.reported_version,
  };
}

async function writeMembership(db: Db, screenId: string, groupIds: readonly string[]) {
  await db.deleteFrom('screen_group_members').where('screen_id', '=', screenId).execute();
  if (groupIds.length === 0) return;
  await db
    .insertInto('screen_group_members')
    .values(
      groupIds.map((groupId, position) => ({ screen_id: screenId, group_id: groupId, position })),
    )
    .execute();
}

const columns = (input: ScreenFields) => ({
  name: input.name,
  location: input.location,
  orientation: input.orientation,
  layout: input.layout,
  time_zone: input.timeZone,
  default_playlist_id: input.defaultPlaylistId,
  ticker_chars_per_second: input.tickerCharsPerSecond,
  crossfade: input.crossfade === null ? null : Number(input.crossfade),
  zones: JSON.stringify(input.zones),
  speak_calls: Number(input.speakCalls),
});

const get = async (db: Db, id: string) => (await loadScreens(db, id))[0];

export const screensRepository: ResourceRepository<ScreenFields, Screen> & {
  recordHeartbeats(
    db: Db,
    beats: ReadonlyArray<{ screenId: string; heartbeat: Heartbeat; now: string }>,
  ): Promise<void>;
} = {
  list: (db) => loadScreens(db),
  get,
  async create(db, id, input, now) {
    await db
      .insertInto('screens')
      .values({
        id,
        seq: await nextSeq(db, 'screens'),
        ...columns(input),
        last_seen_at: null,
        reported_version: null,
        status: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeMembership(db, id, [...new Set(input.groupIds)]);
    return (await get(db, id)) as Screen;
  },
  async replace(db, id, input, now) {
    const result = await db
      .updateTable('screens')
      .set({ ...columns(input), updated_at: now })
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return undefined;
    await writeMembership(db, id, [...new Set(input.groupIds)]);
    return get(db, id);
  },
  async remove(db, id) {
    // Its device tokens go with it (ON DELETE CASCADE), kept aside so its player hears why.
    tokensWithdrawn();
    await deviceTokensRepository.keepRevoked(db, id, new Date().toISOString());
    const result = await db.deleteFrom('screens').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
  async recordHeartbeats(db, beats) {
    for (const { screenId, heartbeat, now } of beats) {
      await db
        .updateTable('screens')
        .set({
          last_seen_at: now,
          reported_version: heartbeat.manifestVersion,
          status: JSON.stringify({
            appVersion: heartbeat.appVersion,
            showing: heartbeat.showing,
            storage: heartbeat.storage,
            uptimeSeconds: heartbeat.uptimeSeconds,
            errors: heartbeat.errors,
            clockTrusted: heartbeat.clockTrusted ?? null,
          }),
        })
        .where('id', '=', screenId)
        .execute();
    }
  },
};
