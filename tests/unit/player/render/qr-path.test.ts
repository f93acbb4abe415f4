import { describe, expect, it } from 'vitest';
import { qrPath } from '../../../../player/src/render/qr-path.js';

describe('qrPath', () => {
  it('draws a version-sized code with dark modules for a URL', () => {
    const { size, path } = qrPath('https://dichvucong.gov.vn');
    expect((size - 17) % 4).toBe(0);
    expect(path).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('encodes non-ASCII text as UTF-8 rather than truncating characters', () => {
    expect(qrPath('https://x.vn/thủ-tục').path).not.toBe(qrPath('https://x.vn/th-tc').path);
  });
});
