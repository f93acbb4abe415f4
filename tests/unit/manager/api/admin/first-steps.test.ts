import { FirstStepsSchema } from '@bangtin/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

async function firstSteps(path = '/api/first-steps') {
  const res = await m.editor('GET', path);
  expect(res.status).toBe(200);
  return FirstStepsSchema.parse(await res.json());
}

describe('the first steps', () => {
  it('are all left on a fresh manager', async () => {
    expect((await firstSteps()).done).toEqual([]);
  });

  it('are done one by one as people do them, in the guide order', async () => {
    const settings = await (await m.editor('GET', '/api/settings')).json();
    await m.editor('PUT', '/api/settings', { ...settings, agencyName: 'UBND huyện Mê Linh' });
    await m.editor('POST', '/api/hotlines', { label: 'Đường dây nóng', number: '0243 111 2222' });
    await m.pairScreen();
    expect((await firstSteps()).done).toEqual(['agency', 'hotlines', 'screen']);
  });

  it('give the address the admin reached the manager by when PUBLIC_URL is left at localhost', async () => {
    expect((await firstSteps()).player).toEqual({ url: 'http://localhost/', loopback: true });
    expect((await firstSteps('http://192.168.1.20:8080/api/first-steps')).player).toEqual({
      url: 'http://192.168.1.20:8080/',
      loopback: false,
    });
  });
});
