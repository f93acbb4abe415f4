import type { ScreenFlag, ScreenState } from '@bangtin/shared';
import type { Db } from './open-store.js';

/** One change of a screen's state (or of its flags), from `at` until the next change. */
export interface StateChange {
  screenId: string;
  at: string;
  state: ScreenState;
  flags: ScreenFlag[];
}

/** Four parameters a row: well within SQLite's and PostgreSQL's limits on parameters. */
const ROWS_PER_STATEMENT = 500;

type Row = { screen_id: string; at: string; state: string; flags: string };

const toChange = (row: Row): StateChange => ({
  screenId: row.screen_id,
  at: row.at,
  state: row.state as ScreenState,
  flags: JSON.parse(row.flags) as ScreenFlag[],
});

export const screenStatesRepository = {
  /** Stores changes in their order (a few hundred rows a statement). */
  async record(db: Db, changes: readonly StateChange[]): Promise<void> {
    for (let start = 0; start < changes.length; start += ROWS_PER_STATEMENT) {
      await db
        .insertInto('screen_states')
        .values(
          changes.slice(start, start + ROWS_PER_STATEMENT).map((change) => ({
            screen_id: change.screenId,
            at: change.at,
            state: change.state,
            flags: JSON.stringify(change.flags),
          })),
        )
        .execute();
    }
  },

  /** The latest change of every screen. */
  async latest(db: Db): Promise<Map<string, StateChange>> {
    const rows = await db
      .selectFrom('screen_states')
      .select(['screen_id', 'at', 'state', 'flags'])
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('screen_states')
          .select((e) => e.fn.max('id').as('id'))
          .groupBy('screen_id'),
      )
      .execute();
    return new Map(rows.map((row) => [row.screen_id, toChange(row)]));
  },

  /**
   * The changes of a screen within [from, to), preceded by the one in force at `from` (if any),
   * oldest first.
   */
  async between(db: Db, screenId: string, from: string, to: string): Promise<StateChange[]> {
    const before = await db
      .selectFrom('screen_states')
      .select(['screen_id', 'at', 'state', 'flags'])
      .where('screen_id', '=', screenId)
      .where('at', '<=', from)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const within = await db
      .selectFrom('screen_states')
      .select(['screen_id', 'at', 'state', 'flags'])
      .where('screen_id', '=', screenId)
      .where('at', '>', from)
      .where('at', '<', to)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return [...(before ? [before] : []), ...within].map(toChange);
  },

  /** The most recent changes of a screen, newest first. */
  async recent(db: Db, screenId: string, limit: number): Promise<StateChange[]> {
    const rows = await db
      .selectFrom('screen_states')
      .select(['screen_id', 'at', 'state', 'flags'])
      .where('screen_id', '=', screenId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toChange);
  },
};
