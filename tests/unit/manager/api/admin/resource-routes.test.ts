import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../../../../manager/src/store/audit-log.js';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const message = (title: string) => ({ kind: 'message', title, heading: title });

/** For each resource: a valid body, a replacement, and a field the replacement changes. */
const cases: [string, () => Promise<unknown>, unknown, string][] = [
  ['slides', async () => message('A'), message('B'), 'title'],
  [
    'procedures',
    async () => ({ name: 'Cấp phép', field: 'Khoa học' }),
    { name: 'Gia hạn', field: 'Khoa học' },
    'name',
  ],
  [
    'hotlines',
    async () => ({ label: 'Tổng đài', number: '1022' }),
    { label: 'Tổng đài', number: '1800 1096' },
    'number',
  ],
  ['playlists', async () => ({ name: 'Vòng chính' }), { name: 'Vòng phụ', items: [] }, 'name'],
  ['groups', async () => ({ name: 'Sảnh' }), { name: 'Tầng 2' }, 'name'],
  [
    'screens',
    async () => ({ name: 'Màn hình 1' }),
    { name: 'Màn hình 2', orientation: 'portrait' },
    'name',
  ],
  [
    'schedules',
    async () => ({ name: 'Tắt đêm', kind: 'off', startTime: '22:00', endTime: '06:00' }),
    { name: 'Tắt khuya', kind: 'off' },
    'name',
  ],
];

describe('editor resources', () => {
  it.each(cases)(
    '%s: create, read, list, replace and delete round-trip',
    async (resource, makeBody, replacement, field) => {
      const created = await m.create(`/api/${resource}`, await makeBody());
      expect(created.id).toEqual(expect.any(String));

      const read = await m.editor('GET', `/api/${resource}/${created.id}`);
      expect(await read.json()).toEqual(created);
      const list = await (await m.editor('GET', `/api/${resource}`)).json();
      expect(list.items).toEqual([created]);

      const put = await m.editor('PUT', `/api/${resource}/${created.id}`, replacement);
      expect(put.status).toBe(200);
      const replaced = await put.json();
      expect(replaced[field]).toBe((replacement as Record<string, unknown>)[field]);
      expect(replaced.id).toBe(created.id);

      expect((await m.editor('DELETE', `/api/${resource}/${created.id}`)).status).toBe(204);
      expect((await m.editor('GET', `/api/${resource}/${created.id}`)).status).toBe(404);
    },
  );

  it('records every write in the audit log with before and after', async () => {
    const slide = await m.create('/api/slides', message('A'));
    await m.editor('PUT', `/api/slides/${slide.id}`, message('B'));
    await m.editor('DELETE', `/api/slides/${slide.id}`);
    const log = await auditLogRepository.list(m.store.db, 'slides', slide.id);
    expect(log.map((entry) => entry.action)).toEqual(['create', 'update', 'delete']);
    expect(JSON.parse(log[1]?.before ?? '{}').title).toBe('A');
    expect(JSON.parse(log[1]?.after ?? '{}').title).toBe('B');
  });

  it('answers 404 to replacing an unknown id', async () => {
    const res = await m.editor('PUT', '/api/slides/no-such-slide', message('A'));
    expect(res.status).toBe(404);
  });

  it('refuses a playlist naming an unknown slide, naming the field', async () => {
    const res = await m.editor('POST', '/api/playlists', {
      name: 'P',
      items: [{ slideId: 'ghost' }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details).toEqual([
      { path: 'items.0.slideId', message: 'unknown slide' },
    ]);
  });

  it('refuses a slide naming media that was never uploaded', async () => {
    const res = await m.editor('POST', '/api/slides', {
      kind: 'image',
      title: 'Ảnh',
      mediaSha256: 'a'.repeat(64),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details).toEqual([
      { path: 'mediaSha256', message: 'unknown media' },
    ]);
  });

  it('refuses a schedule entry naming an unknown playlist, screen and group', async () => {
    const res = await m.editor('POST', '/api/schedules', {
      name: 'Sáng',
      playlistId: 'ghost',
      target: { screenIds: ['nobody'], groupIds: ['nogroup'] },
    });
    const paths = (await res.json()).error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(['playlistId', 'target.screenIds.0', 'target.groupIds.0']);
  });

  it('refuses to delete a slide a playlist still uses: 409 naming the playlist', async () => {
    const slide = await m.create('/api/slides', message('A'));
    const playlist = await m.create('/api/playlists', {
      name: 'Vòng',
      items: [{ slideId: slide.id }],
    });
    const res = await m.editor('DELETE', `/api/slides/${slide.id}`);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('conflict');
    expect(body.error.details).toEqual([{ resource: 'playlists', id: playlist.id, name: 'Vòng' }]);
    expect((await m.editor('GET', `/api/slides/${slide.id}`)).status).toBe(200);
  });

  it('refuses to delete a playlist that is the agency default', async () => {
    const playlist = await m.create('/api/playlists', { name: 'Vòng' });
    await m.editor('PUT', '/api/settings', { agencyName: 'Sở', defaultPlaylistId: playlist.id });
    const res = await m.editor('DELETE', `/api/playlists/${playlist.id}`);
    expect(res.status).toBe(409);
    expect((await res.json()).error.details[0].resource).toBe('settings');
  });

  it('refuses to delete a group that screens are in', async () => {
    const group = await m.create('/api/groups', { name: 'Sảnh' });
    await m.create('/api/screens', { name: 'Màn hình', groupIds: [group.id] });
    expect((await m.editor('DELETE', `/api/groups/${group.id}`)).status).toBe(409);
  });

  it('stores settings and reads them back', async () => {
    const settings = {
      agencyName: 'Sở KH&CN',
      agencySubtitle: 'Bộ phận một cửa',
      tickerText: 'Xin chào',
    };
    expect((await m.editor('PUT', '/api/settings', settings)).status).toBe(200);
    expect(await (await m.editor('GET', '/api/settings')).json()).toMatchObject(settings);
  });
});
