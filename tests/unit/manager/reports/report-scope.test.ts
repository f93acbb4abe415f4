import { describe, expect, it } from 'vitest';
import { keyFilter, type ReportContext } from '../../../../manager/src/reports/report-context.js';

const context: ReportContext = {
  screens: new Map([
    [1, { id: 'sanh-a', name: 'Sảnh A', groupIds: ['g1'] }],
    [2, { id: 'sanh-b', name: 'Sảnh B', groupIds: ['g2'] }],
    [3, { id: 'da-xoa', name: 'Đã xoá', groupIds: [] }],
  ]),
  slides: new Map(),
  playlists: new Map(),
  groups: new Map(),
};
const year = { period: 'year', year: '2026' } as const;

describe('the screens a report counts', () => {
  it("counts only a scoped user's groups' screens, whatever the query asks", () => {
    expect(keyFilter(context, { ...year, withinGroups: ['g1'] }).screenKeys).toEqual([1]);
    expect(
      keyFilter(context, { ...year, screenId: 'sanh-b', withinGroups: ['g1'] }).screenKeys,
    ).toEqual([]);
    expect(keyFilter(context, { ...year, groupId: 'g2', withinGroups: ['g1'] }).screenKeys).toEqual(
      [],
    );
  });

  it('counts every screen for a user without groups', () => {
    expect(keyFilter(context, { ...year, withinGroups: [] }).screenKeys).toBeNull();
  });
});
