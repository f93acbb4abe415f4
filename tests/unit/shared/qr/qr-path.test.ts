import { QrCodeSchema } from '@bangtin/shared';
import { qrPath } from '@bangtin/shared/qr';
import { describe, expect, it } from 'vitest';

describe('qrPath', () => {
  it('draws a version-sized code with dark modules for a URL', () => {
    const { size, path } = qrPath('https://dichvucong.gov.vn');
    expect((size - 17) % 4).toBe(0);
    expect(path).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('encodes non-ASCII text as UTF-8 rather than truncating characters', () => {
    expect(qrPath('https://x.vn/thủ-tục').path).not.toBe(qrPath('https://x.vn/th-tc').path);
  });

  it('gives what the manifest schema accepts, up to the largest code', () => {
    expect(QrCodeSchema.safeParse(qrPath('https://x.vn')).success).toBe(true);
    const largest = qrPath(`https://x.vn/${'a'.repeat(2300)}`);
    expect(largest.size).toBe(177);
    expect(QrCodeSchema.safeParse(largest).success).toBe(true);
  });

  it('throws for text longer than the largest code holds', () => {
    expect(() => qrPath(`https://x.vn/${'ủ'.repeat(1000)}`)).toThrow();
  });
});
