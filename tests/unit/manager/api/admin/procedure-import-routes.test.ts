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

const PROVINCE = readFileSync(
  new URL('../../../../fixtures/procedures-province.csv', import.meta.url),
);
const PROVINCE_1258 = readFileSync(
  new URL('../../../../fixtures/procedures-province-windows-1258.csv', import.meta.url),
);

async function importFile(bytes: Buffer, dryRun: boolean, name = 'list.csv', query = '') {
  const cookie = await m.signIn();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return m.request(`/api/procedures/import?dryRun=${dryRun}${query}`, {
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

  it('reports a changed fee as a change, and missing rows as removals of a complete list only', async () => {
    await importFile(SAMPLE, false);
    const edited = SAMPLE.toString('utf8')
      .replace('07 ngày làm việc,500.000 đồng', '07 ngày làm việc,600.000 đồng')
      .split('\n')
      .slice(0, 10)
      .join('\n');
    const part = await (await importFile(Buffer.from(edited), true)).json();
    expect(part.removed).toEqual([]);
    expect(part.counts.removed).toBe(0);
    const result = await (
      await importFile(Buffer.from(edited), true, 'list.csv', '&complete=true')
    ).json();
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

  it('imports the readable rows and lists the bad ones by line, never as removals', async () => {
    await importFile(SAMPLE, false);
    const broken = Buffer.from('STT,Tên thủ tục,Lĩnh vực\n1,Cấp phép,Báo chí\n2,,Báo chí\n');
    const preview = await (await importFile(broken, true, 'list.csv', '&complete=true')).json();
    expect(preview.errors).toEqual([{ line: 3, message: 'name: required' }]);
    const applied = await importFile(broken, false);
    expect(applied.status).toBe(200);
    expect((await applied.json()).counts).toMatchObject({ added: 1, removed: 0, errors: 1 });
    expect(await storedProcedures()).toHaveLength(19);
  });

  it('keeps, in a complete list, what a bad row stands for', async () => {
    await importFile(SAMPLE, false);
    const [header = '', first = '', ...others] = SAMPLE.toString('utf8').trim().split('\n');
    // The first procedure's row loses its lĩnh vực: a bad row, but its code is in the file.
    const cells = first.split(',');
    cells[3] = '';
    const csv = [header, cells.join(','), ...others].join('\n');
    const result = await (
      await importFile(Buffer.from(csv), true, 'list.csv', '&complete=true')
    ).json();
    expect(result.counts).toMatchObject({ errors: 1, removed: 0, unchanged: 17 });
  });

  it('previews the real-province list: mapping, left-out columns, levels, placeholders', async () => {
    const result = await (await importFile(PROVINCE, true)).json();
    expect(result.encoding).toBe('utf-8');
    expect(result.ignoredColumns).toEqual(['stt', 'ghi_chu', 'nguoi_cap_nhat']);
    expect(result.columns[5]).toEqual({ header: 'muc_do_dvc', field: 'onlineLevel' });
    expect(result.counts).toMatchObject({ added: 5, removed: 0, errors: 1, placeholders: 2 });
    expect(result.errors).toEqual([{ line: 5, message: 'name: required' }]);
    expect(result.placeholders).toEqual([
      { line: 3, field: 'fees', value: 'PLACEHOLDER: 15 ngày' },
      { line: 4, field: 'onlineLevel', value: 'TODO' },
    ]);
  });

  it('reads the Windows-1258 copy as the same list and says so', async () => {
    const utf8 = await (await importFile(PROVINCE, true)).json();
    const legacy = await (await importFile(PROVINCE_1258, true)).json();
    expect(legacy.encoding).toBe('windows-1258');
    expect({ ...legacy, encoding: 'utf-8' }).toEqual(utf8);
  });

  it('applies placeholders only once the admin has chosen what to do with them', async () => {
    const refused = await importFile(PROVINCE, false);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.details.reason).toBe('placeholders');
    expect(await storedProcedures()).toHaveLength(0);
    expect((await importFile(PROVINCE, false, 'list.csv', '&placeholders=blank')).status).toBe(200);
    const stored = await storedProcedures();
    expect(stored).toHaveLength(5);
    expect(stored.map((procedure) => procedure.fees)).not.toContain('PLACEHOLDER: 15 ngày');
  });

  it('maps columns as asked, and remembers the mapping applied', async () => {
    const csv = Buffer.from('noi_dung,nhom\nCấp phép,Báo chí\n');
    const unmapped = await (await importFile(csv, true)).json();
    expect(unmapped.errors[0].message).toBe('missing column: Tên thủ tục, Lĩnh vực');
    const mapping = encodeURIComponent(JSON.stringify(['name', 'field']));
    const applied = await importFile(csv, false, 'list.csv', `&mapping=${mapping}`);
    expect(applied.status).toBe(200);
    const again = await (await importFile(csv, true)).json();
    expect(again.columns).toEqual([
      { header: 'noi_dung', field: 'name' },
      { header: 'nhom', field: 'field' },
    ]);
    expect(again.counts.unchanged).toBe(1);
  });

  it('answers 400 naming mapping for a field chosen twice', async () => {
    const mapping = encodeURIComponent(JSON.stringify(['name', 'name']));
    const res = await importFile(SAMPLE, true, 'list.csv', `&mapping=${mapping}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0].path).toBe('mapping');
  });

  it('answers 415 naming the legacy font for a TCVN3 file', async () => {
    const tcvn3 = Buffer.concat([
      Buffer.from('Tên thủ tục,Lĩnh vực\n'.normalize('NFD').replace(/\p{M}/gu, '')),
      Buffer.from([0x54, 0x68, 0xf1, 0x20, 0x74, 0xf4, 0x63, 0x2c, 0x68, 0xb5, 0x6e, 0x68, 0x0a]),
    ]);
    const res = await importFile(tcvn3, true);
    expect(res.status).toBe(415);
    expect((await res.json()).error.details).toEqual({ reason: 'legacy_font', font: 'tcvn3' });
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
