import type { Db } from './open-store.js';

export type AckStatus = 'done' | 'failed';

/** A command sent to a screen, and the screen's acknowledgement once it arrives. */
export interface SentCommand {
  id: string;
  screenId: string;
  command: string;
  sentAt: string;
  sentBy: string | null;
  ack: { at: string; status: AckStatus; message: string | null } | null;
}

type Row = {
  id: string;
  screen_id: string;
  command: string;
  sent_at: string;
  sent_by: string | null;
  acked_at: string | null;
  ack_status: string | null;
  ack_message: string | null;
};

const toCommand = (row: Row): SentCommand => ({
  id: row.id,
  screenId: row.screen_id,
  command: row.command,
  sentAt: row.sent_at,
  sentBy: row.sent_by,
  ack: row.acked_at
    ? { at: row.acked_at, status: row.ack_status as AckStatus, message: row.ack_message }
    : null,
});

export const deviceCommandsRepository = {
  async recordSent(
    db: Db,
    command: {
      id: string;
      screenId: string;
      command: string;
      sentAt: string;
      sentBy: string | null;
    },
  ): Promise<void> {
    await db
      .insertInto('device_commands')
      .values({
        id: command.id,
        screen_id: command.screenId,
        command: command.command,
        sent_at: command.sentAt,
        sent_by: command.sentBy,
        acked_at: null,
        ack_status: null,
        ack_message: null,
      })
      .execute();
  },

  /**
   * Records the screen's acknowledgement; the first one counts. Undefined when the screen was
   * sent no command with that id.
   */
  async acknowledge(
    db: Db,
    screenId: string,
    id: string,
    ack: { status: AckStatus; message: string | null },
    at: string,
  ): Promise<SentCommand | undefined> {
    await db
      .updateTable('device_commands')
      .set({ acked_at: at, ack_status: ack.status, ack_message: ack.message })
      .where('id', '=', id)
      .where('screen_id', '=', screenId)
      .where('acked_at', 'is', null)
      .execute();
    const row = await db
      .selectFrom('device_commands')
      .selectAll()
      .where('id', '=', id)
      .where('screen_id', '=', screenId)
      .executeTakeFirst();
    return row && toCommand(row);
  },

  /** A screen's latest commands, newest first. */
  async recent(db: Db, screenId: string, limit: number): Promise<SentCommand[]> {
    const rows = await db
      .selectFrom('device_commands')
      .selectAll()
      .where('screen_id', '=', screenId)
      .orderBy('sent_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toCommand);
  },

  /** Of these command ids, the ones the screen has acknowledged (through any instance). */
  async acknowledged(db: Db, screenId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db
      .selectFrom('device_commands')
      .select('id')
      .where('screen_id', '=', screenId)
      .where('id', 'in', ids)
      .where('acked_at', 'is not', null)
      .execute();
    return new Set(rows.map((row) => row.id));
  },

  /** How many commands each screen has not acknowledged yet. */
  async pendingCounts(db: Db): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('device_commands')
      .select(['screen_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('acked_at', 'is', null)
      .groupBy('screen_id')
      .execute();
    return new Map(rows.map((row) => [row.screen_id, Number(row.n)]));
  },
};
