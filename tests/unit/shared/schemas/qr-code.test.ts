import { QrCodeSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

describe('QrCodeSchema', () => {
  it('accepts module squares on a version-sized grid', () => {
    expect(QrCodeSchema.safeParse({ size: 21, path: 'M0 0h1v1h-1zM20 3h1v1h-1z' }).success).toBe(
      true,
    );
  });

  it.each([
    ['another path command', { size: 21, path: 'M0 0h1v1h-1zL9 9' }],
    ['markup', { size: 21, path: 'M0 0h1v1h-1z"/><script>' }],
    ['an empty path', { size: 21, path: '' }],
    ['a size below version 1', { size: 20, path: 'M0 0h1v1h-1z' }],
    ['a size above version 40', { size: 178, path: 'M0 0h1v1h-1z' }],
    ['a fractional size', { size: 21.5, path: 'M0 0h1v1h-1z' }],
  ])('rejects %s', (_, code) => {
    expect(QrCodeSchema.safeParse(code).success).toBe(false);
  });
});
