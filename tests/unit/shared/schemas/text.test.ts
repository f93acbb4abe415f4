import { describe, expect, it } from 'vitest';
import { textSchema } from '../../../../shared/src/schemas/common.js';
import { createTestManager } from '../../../helpers/manager-app.js';

const text = textSchema(200);

describe('text fields', () => {
  it.each([
    ['a right-to-left override', 'Giờ\u202Elàm việc', 'Giờlàm việc'],
    ['bidi isolates and marks', '\u2067Giờ\u2069 làm\u200F việc', 'Giờ làm việc'],
    ['zero-width spaces and a BOM', 'Giờ\u200B làm\uFEFF việc\u2060', 'Giờ làm việc'],
  ])('strips %s', (_what, input, stored) => {
    expect(text.parse(input)).toBe(stored);
  });

  it('keeps ZWJ and ZWNJ, which emoji and some scripts need', () => {
    expect(text.parse('👩\u200D💻 a\u200Cb')).toBe('👩\u200D💻 a\u200Cb');
  });

  it('keeps whole surrogate pairs and refuses lone halves', () => {
    expect(text.parse('Ảnh 📷')).toBe('Ảnh 📷');
    expect(text.safeParse('broken \uD800 text').success).toBe(false);
    expect(text.safeParse('broken \uDC00').success).toBe(false);
  });

  it('stores slide text without bidi overrides and refuses lone surrogates, through the API', async () => {
    const m = await createTestManager();
    try {
      const created = await m.create<{ title: string; heading: string }>('/api/slides', {
        kind: 'message',
        title: 'Thông\u202E báo',
        heading: 'Giờ\u200B làm việc',
      });
      expect(created.title).toBe('Thông báo');
      expect(created.heading).toBe('Giờ làm việc');
      const cookie = await m.signIn();
      const res = await m.request('/api/slides', {
        method: 'POST',
        headers: { cookie, origin: 'http://localhost', 'content-type': 'application/json' },
        body: '{"kind":"message","title":"x\\ud800","heading":"y"}',
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_input');
    } finally {
      await m.close();
    }
  });
});
