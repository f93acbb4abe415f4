import { deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../../../manager/src/procedures/import-limits.js';
import { createTestManager, ORIGIN, type TestManager } from '../../../../helpers/manager-app.js';

let m: TestManager;
beforeEach(async () => {
  m = await createTestManager();
});
afterEach(() => m.close());

async function importFile(bytes: Buffer, query = 'dryRun=true', name = 'list.csv') {
  const cookie = await m.signIn();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return m.request(`/api/procedures/import?${query}`, {
    method: 'POST',
    headers: { cookie, origin: ORIGIN },
    body: form,
  });
}

/** A CSV of `rows` procedures, each padded so that the file reaches about `bytes`. */
function csvOf(rows: number, bytes = 0): Buffer {
  const pad = 'x'.repeat(Math.max(0, Math.floor(bytes / rows) - 40));
  const lines = ['Mã thủ tục,Tên thủ tục,Lĩnh vực'];
  for (let i = 0; i < rows; i++) lines.push(`1.${i},Thủ tục ${i} ${pad},Hộ tịch`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** A one-part zip whose part inflates to `size` zero bytes: a small file, a large unpacking. */
function zipBomb(size: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(Buffer.alloc(size));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  const centralOffset = local.length + name.length + data.length;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('procedure import limits', () => {
  it('refuses a list of more rows than allowed with 413, naming the limit', async () => {
    const res = await importFile(csvOf(IMPORT_LIMITS.rows + 1));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: { code: 'too_large', message: 'The file has more than 20.000 rows' },
    });
  });

  it('refuses a file larger than the documented 5 MB with 413', async () => {
    const res = await importFile(Buffer.alloc(IMPORT_LIMITS.bytes + 1, 0x61));
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toBe('The file is larger than 5 MB');
  });

  it('refuses a workbook that would unpack past the limit before inflating it', async () => {
    const res = await importFile(
      zipBomb(IMPORT_LIMITS.uncompressedBytes + 1),
      'dryRun=true',
      'a.xlsx',
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toBe('The workbook unpacks to more than 60 MB');
  });

  it('refuses too many columns and too long a cell with 400, naming the line', async () => {
    const wide = Buffer.from(`Tên thủ tục,Lĩnh vực${',x'.repeat(60)}\n`);
    const wideRes = await importFile(wide);
    expect(wideRes.status).toBe(400);
    expect((await wideRes.json()).error.message).toBe('Line 1 has more than 50 columns');
    const long = Buffer.from(`Tên thủ tục,Lĩnh vực\n${'a'.repeat(5_000)},Hộ tịch\n`);
    const longRes = await importFile(long);
    expect(longRes.status).toBe(400);
    expect((await longRes.json()).error.message).toBe(
      'Line 2 has a cell longer than 4000 characters',
    );
  });

  it('answers with counts and one page of each list, not the whole file', async () => {
    const res = await importFile(csvOf(1_000), 'dryRun=true&offset=100&limit=50');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.counts).toEqual({
      added: 1_000,
      changed: 0,
      removed: 0,
      unchanged: 0,
      errors: 0,
      placeholders: 0,
    });
    expect(body.page).toEqual({ offset: 100, limit: 50 });
    expect(body.added).toHaveLength(50);
    expect(body.added[0].code).toBe('1.100');
  });

  it('keeps answering screens while the largest allowed list is read', async () => {
    const { token } = await m.pairScreen();
    const big = csvOf(IMPORT_LIMITS.rows, IMPORT_LIMITS.bytes - 64 * 1024);
    expect(big.length).toBeLessThanOrEqual(IMPORT_LIMITS.bytes);
    let done = false;
    const importing = importFile(big).then((res) => {
      done = true;
      return res;
    });
    const slowest: number[] = [];
    while (!done) {
      const started = performance.now();
      const res = await m.device('GET', '/api/device/manifest', token);
      expect(res.status).toBe(200);
      slowest.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const res = await importing;
    expect(res.status).toBe(200);
    expect((await res.json()).counts.added).toBe(IMPORT_LIMITS.rows);
    expect(slowest.length).toBeGreaterThan(3);
    expect(Math.max(...slowest)).toBeLessThan(500);
  }, 60_000);
});
