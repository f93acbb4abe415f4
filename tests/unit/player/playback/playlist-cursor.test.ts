import { describe, expect, it } from 'vitest';
import { nextPlayableIndex } from '../../../../player/src/playback/playlist-cursor.js';

describe('nextPlayableIndex', () => {
  const all = () => true;

  it('starts at the first item', () => {
    expect(nextPlayableIndex(3, -1, all)).toBe(0);
  });

  it('wraps from the last item to the first', () => {
    expect(nextPlayableIndex(3, 2, all)).toBe(0);
  });

  it('skips items that cannot play', () => {
    expect(nextPlayableIndex(4, 0, (i) => i === 3)).toBe(3);
  });

  it('comes back to the same item when it is the only playable one', () => {
    expect(nextPlayableIndex(3, 1, (i) => i === 1)).toBe(1);
  });

  it('answers null when nothing can play', () => {
    expect(nextPlayableIndex(3, -1, () => false)).toBeNull();
    expect(nextPlayableIndex(0, -1, all)).toBeNull();
  });
});
