import { describe, expect, it } from 'vitest';
import { textChunks } from '../../../../player/src/render/text-chunks.js';

describe('textChunks', () => {
  it('cuts between sentences and keeps line breaks, giving the text back when joined', () => {
    const text = 'Câu một. Câu hai!\nDòng mới… Hết';
    const chunks = textChunks(text);
    expect(chunks).toEqual(['Câu một. ', 'Câu hai!\n', 'Dòng mới… ', 'Hết']);
    expect(chunks.join('')).toBe(text);
  });

  it('cuts a long sentence between words, never inside one', () => {
    const text = `${'thủ tục hành chính '.repeat(30)}kết thúc`;
    const chunks = textChunks(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(160);
      expect(chunk).toMatch(/^\S/);
    }
  });
});
