import type { QueueCall } from '@bangtin/shared';
import type { Selectable } from 'kysely';
import type { Db } from './open-store.js';
import type { QueueCallRow } from './schema.js';

type CallColumns = 'id' | 'number' | 'counter' | 'service' | 'action' | 'called_at';

const toCall = (row: Pick<Selectable<QueueCallRow>, CallColumns>): QueueCall => ({
  id: row.id,
  number: row.number,
  counter: row.counter,
  service: row.service,
  action: row.action as QueueCall['action'],
  calledAt: row.called_at,
});

/** Who made a call: an integration key or a signed-in user (the counter page). */
export type QueueCaller = { keyId: string; counters: string[] } | { userId: string };

/** One row per call; screens read today's, reports count per counter and hour. */
export const queueCallsRepository = {
  async insert(
    db: Db,
    call: QueueCall,
    where: { day: string; hour: number },
    caller: QueueCaller,
  ): Promise<void> {
    await db
      .insertInto('queue_calls')
      .values({
        id: call.id,
        day: where.day,
        hour: where.hour,
        number: call.number,
        counter: call.counter,
        service: call.service,
        action: call.action,
        called_at: call.calledAt,
        key_id: 'keyId' in caller ? caller.keyId : null,
        user_id: 'userId' in caller ? caller.userId : null,
      })
      .execute();
  },
  /** The day's latest calls (at one counter, if given), newest first. */
  async latest(db: Db, day: string, limit: number, counter?: string): Promise<QueueCall[]> {
    let query = db.selectFrom('queue_calls');
    if (counter !== undefined) query = query.where('counter', '=', counter);
    const rows = await query
      .select(['id', 'number', 'counter', 'service', 'action', 'called_at'])
      .where('day', '=', day)
      .orderBy('called_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toCall);
  },
  /** Calls per day, hour and counter between two local dates (inclusive). */
  async countByHour(db: Db, from: string, to: string) {
    return db
      .selectFrom('queue_calls')
      .select((eb) => [
        'day',
        'hour',
        'counter',
        'action',
        eb.fn.countAll<number | string | bigint>().as('count'),
      ])
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy(['day', 'hour', 'counter', 'action'])
      .orderBy('day')
      .orderBy('hour')
      .orderBy('counter')
      .execute();
  },
};
