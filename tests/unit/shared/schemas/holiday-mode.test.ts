import { ScheduleEntryInputSchema, ScheduleEntrySchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const base = { name: 'Giờ làm việc', playlistId: 'p1' };

describe('an entry’s holiday mode', () => {
  it.each([
    ['playlist', 'skip'],
    ['interrupt', 'ignore'],
    ['off', 'ignore'],
  ] as const)('defaults for a new %s entry to %s', (kind, mode) => {
    expect(ScheduleEntryInputSchema.parse({ ...base, kind }).holidayMode).toBe(mode);
  });

  it('keeps the mode the editor chose', () => {
    const entry = ScheduleEntryInputSchema.parse({ ...base, holidayMode: 'only' });
    expect(entry.holidayMode).toBe('only');
  });

  it('refuses an unknown mode, naming the field', () => {
    const result = ScheduleEntryInputSchema.safeParse({ ...base, holidayMode: 'sometimes' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['holidayMode']);
  });

  it('reads an entry of an older manifest, which has none, as ignoring holidays', () => {
    const stored = { ...base, id: 'e1', createdAt: '2026-01-01T00:00:00Z' };
    expect(ScheduleEntrySchema.parse(stored).holidayMode).toBe('ignore');
  });
});
