import { compileSchedule } from '../../shared/src/schedule/resolve-schedule.js';
import { makeEntries } from './tmp-make.js';
const screen = { id: 'screen-7', groupIds: [], timeZone: 'Asia/Ho_Chi_Minh', defaultPlaylistId: 'd' };
const Y = Date.parse('2026-01-01T00:00:00+07:00');
function time(label: string, entries: ReturnType<typeof makeEntries>) {
  const s = compileSchedule(entries);
  for (let i = 0; i < 2000; i++) s.resolve(screen, Y + (i % 1000) * 8.76 * 3600e3);
  const t = performance.now();
  let active = 0;
  for (let i = 0; i < 2000; i++) active += s.resolve(screen, Y + (i % 1000) * 8.76 * 3600e3).overlappingEntryIds.length;
  console.log(label, entries.length, ((performance.now() - t) / 2000 * 1000).toFixed(1), 'µs', active / 2000);
}
const all = makeEntries(10000, true);
time('all', all);
time('plain', all.filter((e) => e.rrule === null && e.exdates.length === 0));
time('no rrule', all.filter((e) => e.rrule === null));
time('rrule only', all.filter((e) => e.rrule !== null));
time('exdates only', all.filter((e) => e.rrule === null && e.exdates.length > 0));
time('timed plain', all.filter((e) => e.rrule === null && e.exdates.length === 0 && e.startTime !== null));
time('untimed plain', all.filter((e) => e.rrule === null && e.exdates.length === 0 && e.startTime === null));
time('expired', all.map((e) => ({ ...e, expiresAt: '2020-01-01T00:00:00Z' })));
