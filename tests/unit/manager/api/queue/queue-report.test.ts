import { afterEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
afterEach(async () => {
  token = '';
  await m.close();
});

let token = '';

/** Posts calls with an integration key (sessions would expire across days), each at its instant. */
async function callAt(clock: { now: number }, at: string, body: Record<string, string>) {
  if (!token) {
    const key = await m.editor('POST', '/api/integration-keys', { name: 'Xếp hàng' });
    token = (await key.json()).token;
  }
  clock.now = Date.parse(at);
  const res = await m.request('/api/queue/calls', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(202);
}

describe('queue report', () => {
  it('counts numbers served per counter and local hour, with calls again and skips', async () => {
    const clock = { now: Date.parse('2026-12-07T01:00:00Z') };
    m = await createTestManager({ clock: () => clock.now });
    // 08:10 and 08:40 in Hà Nội at counter 1, 09:05 at counter 2, the next day 08:00 at 1.
    await callAt(clock, '2026-12-07T01:10:00Z', { number: '1', counter: '1' });
    await callAt(clock, '2026-12-07T01:40:00Z', { number: '2', counter: '1' });
    await callAt(clock, '2026-12-07T01:41:00Z', { number: '2', counter: '1', action: 'recall' });
    await callAt(clock, '2026-12-07T01:45:00Z', { number: '2', counter: '1', action: 'skip' });
    await callAt(clock, '2026-12-07T02:05:00Z', { number: '1', counter: '2' });
    await callAt(clock, '2026-12-08T01:00:00Z', { number: '1', counter: '1' });

    clock.now = Date.parse('2026-12-07T03:00:00Z');
    const res = await m.editor('GET', '/api/queue/report?period=day&date=2026-12-07');
    expect(res.status).toBe(200);
    expect((await res.json()).rows).toEqual([
      { day: '2026-12-07', hour: 8, counter: '1', served: 2, recalled: 1, skipped: 1 },
      { day: '2026-12-07', hour: 9, counter: '2', served: 1, recalled: 0, skipped: 0 },
    ]);
  });

  it('gives the same as CSV with Vietnamese headers', async () => {
    const clock = { now: Date.parse('2026-12-07T01:10:00Z') };
    m = await createTestManager({ clock: () => clock.now });
    await callAt(clock, '2026-12-07T01:10:00Z', { number: '1', counter: '3' });
    clock.now = Date.parse('2026-12-07T01:11:00Z');
    const res = await m.editor('GET', '/api/queue/report.csv?period=month&month=2026-12');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text).toBe(
      '\uFEFFNgày,Giờ,Quầy,Số đã phục vụ,Số gọi lại,Số bỏ qua\r\n2026-12-07,08:00–09:00,3,1,0,0\r\n',
    );
  });

  it('answers 400 naming the missing part of the period', async () => {
    m = await createTestManager();
    const res = await m.editor('GET', '/api/queue/report?period=day');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_input');
  });
});
