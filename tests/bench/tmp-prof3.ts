import { compileSchedule } from '../../shared/src/schedule/resolve-schedule.js';
import { makeEntries } from './tmp-make.js';
const screen = { id: 'screen-7', groupIds: [], timeZone: 'Asia/Ho_Chi_Minh', defaultPlaylistId: 'd' };
const Y = Date.parse('2026-01-01T00:00:00+07:00');
const all = makeEntries(10000, true);
const filters: Record<string, (e: (typeof all)[number]) => boolean> = {
  all: () => true,
  plain: (e) => e.rrule === null && e.exdates.length === 0,
  timedplain: (e) => e.rrule === null && e.exdates.length === 0 && e.startTime !== null,
  untimedplain: (e) => e.rrule === null && e.exdates.length === 0 && e.startTime === null,
};
const label = process.argv[2]!;
const entries = all.filter(filters[label]!);
const s = compileSchedule(entries);
for (let i = 0; i < 2000; i++) s.resolve(screen, Y + (i % 1000) * 8.76 * 3600e3);
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  for (let i = 0; i < 2000; i++) s.resolve(screen, Y + (i % 1000) * 8.76 * 3600e3);
  console.log(label, entries.length, ((performance.now() - t) / 2000 * 1000).toFixed(1), 'µs');
}
