import type { MediaType } from '@bangtin/shared';

/** How many leading bytes `sniffMediaType` needs. */
export const SNIFF_BYTES = 64;

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/**
 * The media type the file's leading bytes ("magic numbers") show, whatever name or type the
 * upload claimed; undefined for anything outside MEDIA_TYPES.
 */
export function sniffMediaType(head: Uint8Array): MediaType | undefined {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('ftyp'), 4)) return 'video/mp4';
  // Matroska and WebM share the EBML header; the DocType element that follows names WebM.
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3]) && Buffer.from(head).includes('webm')) {
    return 'video/webm';
  }
  return undefined;
}
