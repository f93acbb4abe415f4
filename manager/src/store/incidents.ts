import type { Db } from './open-store.js';

/** `offline`: silent while it should be on; `stale`: stuck on an older manifest. */
export type IncidentKind = 'offline' | 'stale';
export type AlertEvent = 'down' | 'recovered';
export type AlertChannel = 'webhook' | 'email';

export interface Incident {
  id: string;
  screenId: string;
  kind: IncidentKind;
  startedAt: string;
  resolvedAt: string | null;
}

/** An alert still to send, with the incident it is about. */
export interface PendingDelivery {
  incident: Incident;
  event: AlertEvent;
  channel: AlertChannel;
  attempts: number;
}

type IncidentColumns = {
  id: string;
  screen_id: string;
  kind: string;
  started_at: string;
  resolved_at: string | null;
};

const toIncident = (row: IncidentColumns): Incident => ({
  id: row.id,
  screenId: row.screen_id,
  kind: row.kind as IncidentKind,
  startedAt: row.started_at,
  resolvedAt: row.resolved_at,
});

export const incidentsRepository = {
  /** Unresolved incidents, oldest first; of these screens only, when given. */
  async open(db: Db, screenIds?: readonly string[]): Promise<Incident[]> {
    if (screenIds?.length === 0) return [];
    let query = db.selectFrom('incidents').selectAll().where('resolved_at', 'is', null);
    if (screenIds) query = query.where('screen_id', 'in', screenIds);
    return (await query.orderBy('started_at').execute()).map(toIncident);
  },

  /** Newest first; `openOnly` keeps the unresolved ones. */
  async list(
    db: Db,
    options: {
      openOnly: boolean;
      screenId?: string;
      limit: number;
      /** Only these screens' incidents (a user's groups); undefined: every screen. */
      screenIds?: ReadonlySet<string>;
    },
  ): Promise<Incident[]> {
    if (options.screenIds?.size === 0) return [];
    let query = db
      .selectFrom('incidents')
      .selectAll()
      .orderBy('started_at', 'desc')
      .limit(options.limit);
    if (options.openOnly) query = query.where('resolved_at', 'is', null);
    if (options.screenId) query = query.where('screen_id', '=', options.screenId);
    if (options.screenIds) query = query.where('screen_id', 'in', [...options.screenIds]);
    return (await query.execute()).map(toIncident);
  },

  async create(db: Db, incident: Incident): Promise<void> {
    await db
      .insertInto('incidents')
      .values({
        id: incident.id,
        screen_id: incident.screenId,
        kind: incident.kind,
        started_at: incident.startedAt,
        resolved_at: null,
      })
      .execute();
  },

  async resolve(db: Db, id: string, at: string): Promise<void> {
    await db.updateTable('incidents').set({ resolved_at: at }).where('id', '=', id).execute();
  },

  /** Queues one alert per channel; a queued alert is sent once. */
  async queue(
    db: Db,
    incidentId: string,
    event: AlertEvent,
    channels: readonly AlertChannel[],
    now: string,
  ): Promise<void> {
    if (channels.length === 0) return;
    await db
      .insertInto('incident_deliveries')
      .values(
        channels.map((channel) => ({
          incident_id: incidentId,
          event,
          channel,
          created_at: now,
          sent_at: null,
          next_attempt_at: now,
          last_error: null,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  },

  /** Alerts due at `now`, the `down` of an incident before its `recovered`. */
  async due(db: Db, now: string): Promise<PendingDelivery[]> {
    const rows = await db
      .selectFrom('incident_deliveries as d')
      .innerJoin('incidents as i', 'i.id', 'd.incident_id')
      .select([
        'i.id',
        'i.screen_id',
        'i.kind',
        'i.started_at',
        'i.resolved_at',
        'd.event',
        'd.channel',
        'd.attempts',
      ])
      .where('d.sent_at', 'is', null)
      .where('d.next_attempt_at', '<=', now)
      .orderBy('d.created_at')
      .orderBy('d.event')
      .execute();
    return rows.map((row) => ({
      incident: toIncident(row),
      event: row.event as AlertEvent,
      channel: row.channel as AlertChannel,
      attempts: row.attempts,
    }));
  },

  /** Whether this incident's `down` alert on the channel has gone out. */
  async wasSent(db: Db, incidentId: string, event: AlertEvent, channel: AlertChannel) {
    const row = await db
      .selectFrom('incident_deliveries')
      .select('sent_at')
      .where('incident_id', '=', incidentId)
      .where('event', '=', event)
      .where('channel', '=', channel)
      .executeTakeFirst();
    return Boolean(row?.sent_at);
  },

  async markSent(db: Db, delivery: PendingDelivery, at: string): Promise<void> {
    await db
      .updateTable('incident_deliveries')
      .set((eb) => ({ sent_at: at, attempts: eb('attempts', '+', 1), last_error: null }))
      .where('incident_id', '=', delivery.incident.id)
      .where('event', '=', delivery.event)
      .where('channel', '=', delivery.channel)
      .execute();
  },

  async markFailed(db: Db, delivery: PendingDelivery, error: string, retryAt: string) {
    await db
      .updateTable('incident_deliveries')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        last_error: error.slice(0, 500),
        next_attempt_at: retryAt,
      }))
      .where('incident_id', '=', delivery.incident.id)
      .where('event', '=', delivery.event)
      .where('channel', '=', delivery.channel)
      .execute();
  },
};
