import { describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../../../manager/src/media/sniff-media-type.js';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );

describe('sniffMediaType', () => {
  it.each([
    ['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['image/gif', bytes('GIF89a')],
    ['image/webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['video/mp4', bytes([0, 0, 0, 0x18], 'ftypisom')],
    ['video/webm', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm')],
  ])('recognises %s by its leading bytes', (type, head) => {
    expect(sniffMediaType(head)).toBe(type);
  });

  it.each([
    ['HTML', bytes('<!doctype html>')],
    ['SVG (scripts can hide in it)', bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['Matroska that is not WebM', bytes([0x1a, 0x45, 0xdf, 0xa3], 'matroska')],
    ['nothing', bytes('')],
  ])('refuses %s', (_name, head) => {
    expect(sniffMediaType(head)).toBeUndefined();
  });
});
