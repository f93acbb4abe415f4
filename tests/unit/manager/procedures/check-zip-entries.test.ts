import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkZipEntries } from '../../../../manager/src/procedures/check-zip-entries.js';
import { ImportLimitError } from '../../../../manager/src/procedures/import-limits.js';

const zip = () => Buffer.from(zipSync({ 'a.xml': strToU8('<a/>'), 'b.xml': strToU8('<b/>') }));
const endOfDirectory = (bytes: Buffer) => bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));

describe('checkZipEntries', () => {
  it('accepts a small archive', () => {
    expect(() => checkZipEntries(zip())).not.toThrow();
  });

  it('refuses an archive whose two entry counts differ, which would hide parts from the check', () => {
    const bytes = zip();
    bytes.writeUInt16LE(3, endOfDirectory(bytes) + 8);
    expect(() => checkZipEntries(bytes)).toThrow(ImportLimitError);
    expect(() => checkZipEntries(bytes)).toThrow('zip directory counts differ');
  });
});
