import { type UptimeReport, zoneCalendar } from '@bangtin/shared';
import { sumUptime } from '../monitoring/uptime.js';
import type { Db } from '../store/open-store.js';
import { screenStatesRepository } from '../store/screen-states.js';
import type { ReportPeriod } from './report-period.js';

/** Uptime per screen over a period (local days of each screen), from its state history. */
export async function buildUptimeReport(
  db: Db,
  period: ReportPeriod,
  now: number,
  filter: { screenId?: string | undefined; groupId?: string | undefined } = {},
): Promise<UptimeReport> {
  let query = db
    .selectFrom('screens')
    .select(['id', 'name', 'location', 'time_zone'])
    .orderBy('seq');
  if (filter.screenId) query = query.where('id', '=', filter.screenId);
  if (filter.groupId) {
    const groupId = filter.groupId;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('screen_group_members').select('screen_id').where('group_id', '=', groupId),
    );
  }
  const screens = [];
  for (const screen of await query.execute()) {
    const calendar = zoneCalendar(screen.time_zone);
    const from = calendar.instant(period.fromDay, 0);
    const to = Math.max(from, Math.min(calendar.instant(period.toDay + 1, 0), now));
    const fromIso = new Date(from).toISOString();
    const toIso = new Date(to).toISOString();
    const changes = await screenStatesRepository.between(db, screen.id, fromIso, toIso);
    const uptime = sumUptime(changes, from, to);
    screens.push({
      screen: { id: screen.id, name: screen.name, location: screen.location },
      from: fromIso,
      to: toIso,
      ms: uptime.ms,
      expectedOnMs: uptime.expectedOnMs,
      upMs: uptime.upMs,
      uptime: uptime.ratio,
    });
  }
  return { period: { from: period.from, to: period.to, label: period.label }, screens };
}
