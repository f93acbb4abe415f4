import { IMPORT_LIMITS, ImportLimitError } from './import-limits.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 64 KB. */
const END_SEARCH = 22 + 0xffff;

/**
 * Reads a zip's central directory and refuses the archive, before anything is inflated, when
 * its parts would unpack past the limits (a zip bomb) or when the directory cannot be read.
 */
export function checkZipEntries(bytes: Buffer, limits = IMPORT_LIMITS): void {
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw new ImportLimitError(400, 'The workbook is damaged (no zip directory)');
  const entries = bytes.readUInt16LE(end + 10);
  // Readers walk the directory by the count on this disk: a second count would hide parts.
  if (bytes.readUInt16LE(end + 8) !== entries) {
    throw new ImportLimitError(400, 'The workbook is damaged (zip directory counts differ)');
  }
  if (entries > limits.zipEntries) {
    throw new ImportLimitError(400, `The workbook has more than ${limits.zipEntries} parts`);
  }
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw new ImportLimitError(400, 'The workbook is damaged (bad zip directory)');
    }
    const compressed = bytes.readUInt32LE(offset + 20);
    const uncompressed = bytes.readUInt32LE(offset + 24);
    // 0xFFFFFFFF means the sizes are in a zip64 record: no workbook within our limits needs one.
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
      throw new ImportLimitError(413, 'The workbook is too large when unpacked');
    }
    total += uncompressed;
    if (total > limits.uncompressedBytes) {
      throw new ImportLimitError(
        413,
        `The workbook unpacks to more than ${Math.round(limits.uncompressedBytes / 1048576)} MB`,
      );
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    offset += 46 + nameLength + extraLength + commentLength;
  }
}

function findEndOfDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - END_SEARCH);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}
