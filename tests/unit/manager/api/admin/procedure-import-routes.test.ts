import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestManager, ORIGIN, type TestManager } from '../../../../helpers/manager-app.js';
import { writeXlsx } from '../../../../helpers/write-xlsx.js';

const SAMPLE = readFileSync(
  new URL('../../../../../manager/src/demo/procedures-sample.csv', import.meta.url),
);

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

async function importFile(bytes: Buffer, dryRun: boolean, name = 'list.csv') {
  const cookie = await m.signIn();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return m.request(`/api/procedures/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { cookie, origin: ORIGIN },
    body: form,
  });
}

async function storedProcedures(): Promise<Array<{ id: string; name: string; fees: string }>> {
  return (await (await m.editor('GET', '/api/procedures')).json()).items;
}

async function sampleAsXlsx(): Promise<Buffer> {
  const csv = SAMPLE.toString('utf8');
  const lines = csv.trim().split('\n');
  const rows = lines.slice(1, 4).map((line, index) => {
    const [, code = '', name = '', field = ''] = line.split(',');
    return [index + 1, code, name, field, '10 ngày làm việc'];
  });
  return writeXlsx([
    {
      name: 'TTHC',
      rows: [['STT', 'Ma thu tuc', 'Ten thu tuc', 'Linh vuc', 'Thoi han giai quyet'], ...rows],
    },
  ]);
}

describe('procedure import', () => {
  it('previews the sample list as 18 additions without storing anything', async () => {
    const res = await importFile(SAMPLE, true);
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result).toMatchObject({ applied: false, unchanged: 0, errors: [] });
    expect(result.added).toHaveLength(18);
    expect(await storedProcedures()).toHaveLength(0);
  });

  it('applies the list, and a second import of it changes nothing', async () => {
    expect((await importFile(SAMPLE, false)).status).toBe(200);
    expect(await storedProcedures()).toHaveLength(18);
    const again = await (await importFile(SAMPLE, true)).json();
    expect(again).toMatchObject({ added: [], changed: [], removed: [], unchanged: 18 });
  });

  it('reports a changed fee as a change, and missing rows as removals', async () => {
    await importFile(SAMPLE, false);
    const edited = SAMPLE.toString('utf8')
      .replace('07 ngày làm việc,500.000 đồng', '07 ngày làm việc,600.000 đồng')
      .split('\n')
      .slice(0, 10)
      .join('\n');
    const result = await (await importFile(Buffer.from(edited), true)).json();
    expect(result.removed.length).toBe(9);
    expect(result.changed).toEqual([]);
    const withFee = SAMPLE.toString('utf8').replace('500.000 đồng', '600.000 đồng');
    const changed = await (await importFile(Buffer.from(withFee), true)).json();
    expect(changed.changed).toHaveLength(1);
    expect(changed.changed[0].before.fees).toBe('500.000 đồng');
    expect(changed.changed[0].after.fees).toBe('600.000 đồng');
  });

  it('reads an XLSX workbook with headers without diacritics', async () => {
    const result = await (await importFile(await sampleAsXlsx(), true, 'list.xlsx')).json();
    expect(result.errors).toEqual([]);
    expect(result.added).toHaveLength(3);
    expect(result.added[0]).toMatchObject({ code: '1.009374', timeLimit: '10 ngày làm việc' });
  });

  it('reports bad rows by line, and refuses to apply while there are any', async () => {
    const broken = Buffer.from('STT,Tên thủ tục,Lĩnh vực\n1,Cấp phép,Báo chí\n2,,Báo chí\n');
    const preview = await (await importFile(broken, true)).json();
    expect(preview.errors).toEqual([{ line: 3, message: 'name: required' }]);
    const applied = await importFile(broken, false);
    expect(applied.status).toBe(400);
    expect((await applied.json()).error.details).toEqual([{ line: 3, message: 'name: required' }]);
    expect(await storedProcedures()).toHaveLength(0);
  });

  it('answers 415 for a file that is neither CSV text nor a workbook', async () => {
    const res = await importFile(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), true);
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('answers 400 naming dryRun for a value other than true or false', async () => {
    const cookie = await m.signIn();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(SAMPLE)]), 'list.csv');
    const res = await m.request('/api/procedures/import?dryRun=maybe', {
      method: 'POST',
      headers: { cookie, origin: ORIGIN },
      body: form,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].path).toBe('dryRun');
  });

  it('needs a signed-in editor', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(SAMPLE)]), 'list.csv');
    const res = await m.request('/api/procedures/import', {
      method: 'POST',
      headers: { origin: ORIGIN },
      body: form,
    });
    expect(res.status).toBe(401);
  });
});
