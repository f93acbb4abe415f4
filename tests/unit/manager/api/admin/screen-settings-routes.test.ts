import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe("a screen's own ticker speed and crossfade", () => {
  it('follow the agency when unset, and round-trip when set', async () => {
    const created = await m.create('/api/screens', { name: 'Sảnh' });
    expect([created.tickerCharsPerSecond, created.crossfade]).toEqual([null, null]);

    const body = { name: 'Sảnh', tickerCharsPerSecond: 2.5, crossfade: false };
    expect((await m.editor('PUT', `/api/screens/${created.id}`, body)).status).toBe(200);
    const read = await (await m.editor('GET', `/api/screens/${created.id}`)).json();
    expect([read.tickerCharsPerSecond, read.crossfade]).toEqual([2.5, false]);

    const back = { name: 'Sảnh', tickerCharsPerSecond: null, crossfade: null };
    const cleared = await (await m.editor('PUT', `/api/screens/${created.id}`, back)).json();
    expect([cleared.tickerCharsPerSecond, cleared.crossfade]).toEqual([null, null]);
  });

  it.each([
    { tickerCharsPerSecond: 0.5 },
    { tickerCharsPerSecond: 11 },
    { tickerCharsPerSecond: '3' },
    { crossfade: 'yes' },
  ])('refuses %j with a 400 naming the field', async (field) => {
    const res = await m.editor('POST', '/api/screens', { name: 'Sảnh', ...field });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(JSON.stringify(error.details)).toContain(Object.keys(field)[0]);
  });

  it("reach the screen's manifest in place of the agency's", async () => {
    const { screenId, token } = await m.pairScreen('Sảnh');
    const manifestOf = async () =>
      (await (await m.device('GET', '/api/device/manifest', token)).json()).agency;
    expect(await manifestOf()).toMatchObject({ tickerCharsPerSecond: 3.5, crossfade: true });

    const body = { name: 'Sảnh', tickerCharsPerSecond: 2, crossfade: false };
    expect((await m.editor('PUT', `/api/screens/${screenId}`, body)).status).toBe(200);
    expect(await manifestOf()).toMatchObject({ tickerCharsPerSecond: 2, crossfade: false });
  });
});
