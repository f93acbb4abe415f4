import { type PlayRecord, zoneCalendar } from '@bangtin/shared';
import { sql } from 'kysely';
import { isPostgres } from './dialect/is-postgres.js';
import type { Db } from './open-store.js';
import { encodePlayId } from './play-id.js';
import { playRefsRepository } from './play-refs.js';

const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
// 8 values a row: well under SQLite's limit on bound parameters per statement.
const ROWS_PER_INSERT = 200;

interface Keyed {
  slideKey: number;
  playlistKey: number;
  versionKey: number;
}

export const playsRepository = {
  /**
   * Stores the records it has not seen, compactly, and adds them to the daily roll-up; a record
   * id seen before (in an earlier batch or earlier in this one) counts as a duplicate.
   */
  async insertBatch(db: Db, screenId: string, plays: readonly PlayRecord[], now: string) {
    const screen = await db
      .selectFrom('screens')
      .select(['name', 'time_zone'])
      .where('id', '=', screenId)
      .executeTakeFirst();
    const zone = screen?.time_zone ?? DEFAULT_ZONE;
    const screenKey = (await playRefsRepository.keys(db, 'screen', [screenId])).get(screenId) ?? 0;
    if (screen) await playRefsRepository.label(db, screenKey, screen.name);
    const slideKeys = await playRefsRepository.keys(
      db,
      'slide',
      plays.map((p) => p.slideId),
    );
    await labelSlides(db, slideKeys);
    const playlistKeys = await playRefsRepository.keys(
      db,
      'playlist',
      plays.flatMap((p) => (p.playlistId ? [p.playlistId] : [])),
    );
    await labelPlaylists(db, playlistKeys);
    const versionKeys = await playRefsRepository.keys(
      db,
      'version',
      plays.map((p) => p.manifestVersion),
    );
    const keyed = (play: PlayRecord): Keyed => ({
      slideKey: slideKeys.get(play.slideId) ?? 0,
      playlistKey: play.playlistId ? (playlistKeys.get(play.playlistId) ?? 0) : 0,
      versionKey: versionKeys.get(play.manifestVersion) ?? 0,
    });

    const dialect = isPostgres(db) ? 'postgres' : 'sqlite';
    const receivedS = Math.floor(Date.parse(now) / 1000);
    const days = new Map<string, { day: number; keys: Keyed; plays: number; ms: number }>();
    let accepted = 0;
    for (let start = 0; start < plays.length; start += ROWS_PER_INSERT) {
      const chunk = plays.slice(start, start + ROWS_PER_INSERT);
      const inserted = await db
        .insertInto('play_log')
        .values(
          chunk.map((play) => {
            const keys = keyed(play);
            return {
              id: encodePlayId(play.id, dialect),
              screen_key: screenKey,
              slide_key: keys.slideKey,
              playlist_key: keys.playlistKey,
              version_key: keys.versionKey,
              started_ms: Date.parse(play.startedAt),
              duration_ms: play.durationMs,
              received_s: receivedS,
              clock_trusted: play.clockTrusted === false ? 0 : 1,
            };
          }),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      const fresh = new Set(inserted.map((row) => storedKey(row.id)));
      for (const play of chunk) {
        // Take each new id once: a duplicate within the batch must not count twice.
        if (!fresh.delete(storedKey(encodePlayId(play.id, dialect)))) continue;
        accepted++;
        // Stamped by a clock the player did not trust: its day is unknown, kept out of reports.
        if (play.clockTrusted === false) continue;
        const keys = keyed(play);
        const day = zoneCalendar(zone).dayOf(Date.parse(play.startedAt));
        const name = `${day}:${keys.slideKey}:${keys.playlistKey}`;
        const sum = days.get(name) ?? { day, keys, plays: 0, ms: 0 };
        sum.plays++;
        sum.ms += play.durationMs;
        days.set(name, sum);
      }
    }
    for (const sum of days.values()) {
      await db
        .insertInto('play_days')
        .values({
          day: sum.day,
          screen_key: screenKey,
          slide_key: sum.keys.slideKey,
          playlist_key: sum.keys.playlistKey,
          plays: sum.plays,
          duration_ms: sum.ms,
        })
        .onConflict((oc) =>
          oc.columns(['day', 'screen_key', 'slide_key', 'playlist_key']).doUpdateSet({
            plays: sql`play_days.plays + excluded.plays`,
            duration_ms: sql`play_days.duration_ms + excluded.duration_ms`,
          }),
        )
        .execute();
    }
    return { accepted, duplicates: plays.length - accepted };
  },

  async count(db: Db, screenId: string): Promise<number> {
    const row = await db
      .selectFrom('play_log')
      .innerJoin('play_refs', 'play_refs.key', 'play_log.screen_key')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('play_refs.kind', '=', 'screen')
      .where('play_refs.ref', '=', screenId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};

const storedKey = (id: Buffer | string) =>
  typeof id === 'string' ? `t:${id}` : `b:${id.toString('hex')}`;

async function labelSlides(db: Db, keys: Map<string, number>): Promise<void> {
  if (keys.size === 0) return;
  const rows = await db
    .selectFrom('slides')
    .select(['id', 'body'])
    .where('id', 'in', [...keys.keys()])
    .execute();
  for (const row of rows) {
    const slide = JSON.parse(row.body) as { title?: string; tags?: string[] };
    const key = keys.get(row.id);
    if (key) await playRefsRepository.label(db, key, slide.title ?? row.id, slide.tags ?? []);
  }
}

async function labelPlaylists(db: Db, keys: Map<string, number>): Promise<void> {
  if (keys.size === 0) return;
  const rows = await db
    .selectFrom('playlists')
    .select(['id', 'body'])
    .where('id', 'in', [...keys.keys()])
    .execute();
  for (const row of rows) {
    const playlist = JSON.parse(row.body) as { name?: string };
    const key = keys.get(row.id);
    if (key) await playRefsRepository.label(db, key, playlist.name ?? row.id);
  }
}
