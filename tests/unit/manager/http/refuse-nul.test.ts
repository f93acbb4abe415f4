import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, type TestManager } from '../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

describe('an address holding a NUL character', () => {
  it('is refused with 400 before any store sees it', async () => {
    const { token } = await m.pairScreen();
    const ack = await m.device('POST', '/api/device/commands/%00/ack', token, {});
    expect(ack.status).toBe(400);
    expect((await ack.json()).error.code).toBe('bad_request');
    for (const path of ['/api/audit?resource=%00', '/api/slides/a%00b', '/api/screens/%00']) {
      const res = await m.editor('GET', path);
      expect(res.status, path).toBe(400);
    }
  });

  it('leaves ordinary addresses alone', async () => {
    expect((await m.editor('GET', '/api/audit?resource=slides')).status).toBe(200);
  });
});
