import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../manager/src/errors.js';
import { decodeProcedureText } from '../../../../manager/src/procedures/decode-procedure-text.js';

const utf8 = readFileSync(new URL('../../../fixtures/procedures-province.csv', import.meta.url));
const text = utf8.toString('utf8');
const windows1258 = readFileSync(
  new URL('../../../fixtures/procedures-province-windows-1258.csv', import.meta.url),
);

function utf16(value: string, order: 'le' | 'be', mark: boolean): Buffer {
  const le = Buffer.from((mark ? '\uFEFF' : '') + value, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

function refusal(bytes: Uint8Array): ApiError {
  try {
    decodeProcedureText(bytes);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the text was accepted');
}

describe('decodeProcedureText', () => {
  it('reads UTF-8 without and with a byte-order mark, and says which', () => {
    expect(decodeProcedureText(utf8)).toEqual({ text, encoding: 'utf-8' });
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(decodeProcedureText(withMark)).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it("reads Excel's Unicode text in UTF-16, either byte order, with or without a mark", () => {
    for (const order of ['le', 'be'] as const) {
      for (const mark of [true, false]) {
        expect(decodeProcedureText(utf16(text, order, mark))).toEqual({
          text,
          encoding: `utf-16${order}`,
        });
      }
    }
  });

  it('reads the Windows-1258 copy of the province list as the same text', () => {
    expect(decodeProcedureText(windows1258)).toEqual({ text, encoding: 'windows-1258' });
  });

  it('refuses text in the TCVN3 font, naming it', () => {
    // "Thủ tục hành chính" typed with a .VnTime font.
    const tcvn3 = Buffer.from([
      0x54, 0x68, 0xf1, 0x20, 0x74, 0xf4, 0x63, 0x20, 0x68, 0xb5, 0x6e, 0x68, 0x20, 0x63, 0x68,
      0xdd, 0x6e, 0x68,
    ]);
    const error = refusal(tcvn3);
    expect(error.status).toBe(415);
    expect(error.details).toEqual({ reason: 'legacy_font', font: 'tcvn3' });
  });

  it('refuses text in the VNI font, naming it', () => {
    // "Thủ tục hành chính" typed with a VNI-Times font: each mark follows its vowel.
    const vni = Buffer.from([
      0x54, 0x68, 0x75, 0xfb, 0x20, 0x74, 0x75, 0xef, 0x63, 0x20, 0x68, 0x61, 0xf8, 0x6e, 0x68,
      0x20, 0x63, 0x68, 0xed, 0x6e, 0x68,
    ]);
    expect(refusal(vni).details).toEqual({ reason: 'legacy_font', font: 'vni' });
  });

  it('refuses binary data as not a table', () => {
    const error = refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x00, 0x00, 0x10]));
    expect(error.status).toBe(415);
    expect(error.details).toEqual({ reason: 'not_a_table' });
  });
});
