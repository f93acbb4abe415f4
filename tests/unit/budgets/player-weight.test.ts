import { describe, expect, it } from 'vitest';
import { measurePlayerWeight, PLAYER_TARGETS } from '../../helpers/player-weight.js';

describe('the built player', () => {
  const weight = measurePlayerWeight();

  it('keeps its JavaScript and CSS within 48 KB gzip', () => {
    expect(weight.scriptsAndStyles).toBeGreaterThan(0);
    expect(weight.scriptsAndStyles).toBeLessThanOrEqual(PLAYER_TARGETS.scriptsAndStyles);
  });

  it('keeps its service worker within 20 KB gzip', () => {
    expect(weight.serviceWorker).toBeGreaterThan(0);
    expect(weight.serviceWorker).toBeLessThanOrEqual(PLAYER_TARGETS.serviceWorker);
  });

  it('ships its own Vietnamese font files', () => {
    expect(Object.keys(weight.files).some((name) => /vietnamese.*\.woff2$/.test(name))).toBe(true);
  });
});
