import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

const list = async () => (await (await m.editor('GET', '/api/holidays')).json()).items;

describe('holiday calendar', () => {
  it('adds, lists by date, changes and removes holidays', async () => {
    const labour = await m.create('/api/holidays', {
      date: '2026-05-01',
      name: 'Quốc tế Lao động',
    });
    await m.create('/api/holidays', { date: '2026-04-30', name: 'Ngày Giải phóng miền Nam' });
    expect((await list()).map((h: { date: string }) => h.date)).toEqual([
      '2026-04-30',
      '2026-05-01',
    ]);

    const changed = await m.editor('PUT', `/api/holidays/${labour.id}`, {
      date: '2026-05-01',
      name: 'Ngày Quốc tế Lao động',
    });
    expect(await changed.json()).toEqual({
      id: labour.id,
      date: '2026-05-01',
      name: 'Ngày Quốc tế Lao động',
    });
    expect((await m.editor('DELETE', `/api/holidays/${labour.id}`)).status).toBe(204);
    expect(await list()).toHaveLength(1);
  });

  it('audits every write', async () => {
    const holiday = await m.create('/api/holidays', { date: '2026-09-02', name: 'Quốc khánh' });
    await m.editor('DELETE', `/api/holidays/${holiday.id}`);
    const audit = await (await m.editor('GET', '/api/audit?resource=holidays')).json();
    const actions = audit.items
      .filter((record: { resource: string }) => record.resource === 'holidays')
      .map((record: { action: string }) => record.action);
    expect(actions.sort()).toEqual(['create', 'delete']);
  });

  it.each([
    ['a date that does not exist', { date: '2026-02-30', name: 'Sai' }, 'date'],
    ['a missing name', { date: '2026-09-02', name: '  ' }, 'name'],
  ])('refuses %s with 400 naming the field', async (_what, body, field) => {
    const res = await m.editor('POST', '/api/holidays', body);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it('refuses a second holiday on the same date with 409, naming the first', async () => {
    const first = await m.create('/api/holidays', { date: '2026-09-02', name: 'Quốc khánh' });
    const second = await m.create('/api/holidays', { date: '2026-09-03', name: 'Nghỉ bù' });
    const res = await m.editor('POST', '/api/holidays', { date: '2026-09-02', name: 'Lặp' });
    expect(res.status).toBe(409);
    expect((await res.json()).error.details.id).toBe(first.id);
    const moved = await m.editor('PUT', `/api/holidays/${second.id}`, {
      date: '2026-09-02',
      name: 'Nghỉ bù',
    });
    expect(moved.status).toBe(409);
  });

  it('answers 404 for an unknown holiday', async () => {
    const body = { date: '2026-09-02', name: 'Quốc khánh' };
    expect((await m.editor('PUT', '/api/holidays/nobody', body)).status).toBe(404);
    expect((await m.editor('DELETE', '/api/holidays/nobody')).status).toBe(404);
  });

  it('lets every role read it and only approvers and admins change it', async () => {
    const editor = await m.userClient('editor');
    const approver = await m.userClient('approver');
    const body = { date: '2026-09-02', name: 'Quốc khánh' };
    expect((await editor('GET', '/api/holidays')).status).toBe(200);
    expect((await editor('POST', '/api/holidays', body)).status).toBe(403);
    expect((await approver('POST', '/api/holidays', body)).status).toBe(201);
  });
});

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270205',
  'DTEND;VALUE=DATE:20270210',
  'SUMMARY:Tết Nguyên Đán\\, nghỉ 5 ngày',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270416',
  'SUMMARY:Giỗ Tổ Hùng ',
  ' Vương',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('holiday import', () => {
  it('reads every day of an all-day iCalendar event, DTEND excluded, and folded names', async () => {
    const res = await m.editor('POST', '/api/holidays/import', { format: 'ics', content: ICS });
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result).toMatchObject({ added: 6, renamed: 0, unchanged: 0 });
    expect(result.items.map((h: { date: string; name: string }) => [h.date, h.name])).toEqual([
      ['2027-02-05', 'Tết Nguyên Đán, nghỉ 5 ngày'],
      ['2027-02-06', 'Tết Nguyên Đán, nghỉ 5 ngày'],
      ['2027-02-07', 'Tết Nguyên Đán, nghỉ 5 ngày'],
      ['2027-02-08', 'Tết Nguyên Đán, nghỉ 5 ngày'],
      ['2027-02-09', 'Tết Nguyên Đán, nghỉ 5 ngày'],
      ['2027-04-16', 'Giỗ Tổ Hùng Vương'],
    ]);
  });

  it('reads a CSV of dates, with a header, Vietnamese dates and optional names', async () => {
    await m.create('/api/holidays', { date: '2026-09-02', name: 'Quốc khánh' });
    const content = 'Ngày,Tên\n2026-09-01,Nghỉ Quốc khánh\n02/09/2026,Quốc khánh\n03.09.2026\n\n';
    const res = await m.editor('POST', '/api/holidays/import', { format: 'csv', content });
    const result = await res.json();
    expect(result).toMatchObject({ added: 2, renamed: 0, unchanged: 1 });
    expect(result.items.map((h: { date: string; name: string }) => [h.date, h.name])).toEqual([
      ['2026-09-01', 'Nghỉ Quốc khánh'],
      ['2026-09-02', 'Quốc khánh'],
      ['2026-09-03', 'Ngày nghỉ'],
    ]);
  });

  it('gives an imported name to a date already in the calendar', async () => {
    await m.create('/api/holidays', { date: '2026-09-02', name: 'Lễ' });
    const content = '2026-09-02,Quốc khánh';
    const result = await (
      await m.editor('POST', '/api/holidays/import', { format: 'csv', content })
    ).json();
    expect(result).toMatchObject({ added: 0, renamed: 1 });
    expect(result.items[0].name).toBe('Quốc khánh');
  });

  it.each([
    ['csv', 'date,name\n2026-09-02,Quốc khánh\nngày mai,Sai\n2026-13-01,Sai', [3, 4]],
    ['csv', '', [1]],
    ['ics', 'just some text', [1]],
    ['ics', ICS.replace('DTSTART;VALUE=DATE:20270416', 'DTSTART:20270416T080000Z'), [9]],
    ['ics', ICS.replace('DTEND;VALUE=DATE:20270210', 'DTEND;VALUE=DATE:20270201'), [5]],
    ['ics', ICS.replace('SUMMARY:Tết Nguyên Đán\\, nghỉ 5 ngày', 'RRULE:FREQ=YEARLY'), [3]],
    ['ics', ICS.replace('END:VCALENDAR', '').replace(/END:VEVENT\r\n$/, ''), [8]],
  ])(
    'refuses a bad %s file with 400 naming the lines, and stores nothing',
    async (format, content, lines) => {
      const res = await m.editor('POST', '/api/holidays/import', { format, content });
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('invalid_input');
      expect(error.details.map((d: { line: number }) => d.line)).toEqual(lines);
      expect(await list()).toEqual([]);
    },
  );

  it('refuses a calendar without any event', async () => {
    const content = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    const res = await m.editor('POST', '/api/holidays/import', { format: 'ics', content });
    expect(res.status).toBe(400);
  });

  it('refuses an unknown format with 400', async () => {
    const res = await m.editor('POST', '/api/holidays/import', { format: 'xlsx', content: 'x' });
    expect(res.status).toBe(400);
  });
});

describe('holidays reach screens', () => {
  it('are in the manifest, and the preview closes a skipping entry on them', async () => {
    const daytime = await m.create('/api/playlists', { name: 'Mặc định' });
    const office = await m.create('/api/playlists', { name: 'Giờ làm việc' });
    const closed = await m.create('/api/playlists', { name: 'Hôm nay nghỉ lễ' });
    await m.editor('PUT', '/api/settings', {
      agencyName: 'UBND xã',
      defaultPlaylistId: daytime.id,
    });
    const { screenId, token } = await m.pairScreen('Sảnh');
    await m.create('/api/schedules', {
      name: 'Giờ làm việc',
      playlistId: office.id,
      startTime: '07:00',
      endTime: '17:00',
    });
    const preview = async (at: string) =>
      (await (await m.editor('GET', `/api/screens/${screenId}/preview?at=${at}`)).json())
        .playlistId;
    // 09:00 in Hồ Chí Minh City.
    expect(await preview('2026-09-02T02:00:00Z')).toBe(office.id);

    await m.create('/api/holidays', { date: '2026-09-02', name: 'Quốc khánh' });
    const manifest = await (await m.device('GET', '/api/device/manifest', token)).json();
    expect(manifest.screen.holidays).toEqual(['2026-09-02']);
    expect(manifest.schedule[0].holidayMode).toBe('skip');
    expect(await preview('2026-09-02T02:00:00Z')).toBe(daytime.id);

    await m.create('/api/schedules', {
      name: 'Nghỉ lễ',
      playlistId: closed.id,
      holidayMode: 'only',
      priority: 10,
    });
    expect(await preview('2026-09-02T02:00:00Z')).toBe(closed.id);
    expect(await preview('2026-09-03T02:00:00Z')).toBe(office.id);
  });
});
