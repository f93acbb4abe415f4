import { describe, expect, it } from 'vitest';
import { measurePlayerWeight, PLAYER_BUDGETS } from '../../helpers/player-weight.js';

describe('the built player', () => {
  const weight = measurePlayerWeight();

  it('keeps its JavaScript and CSS within the 80 KB gzip budget', () => {
    expect(weight.scriptsAndStyles).toBeGreaterThan(0);
    expect(weight.scriptsAndStyles).toBeLessThanOrEqual(PLAYER_BUDGETS.scriptsAndStyles);
  });

  it('keeps its service worker within 20 KB gzip', () => {
    expect(weight.serviceWorker).toBeGreaterThan(0);
    expect(weight.serviceWorker).toBeLessThanOrEqual(PLAYER_BUDGETS.serviceWorker);
  });

  it('ships its own Vietnamese font files', () => {
    expect(Object.keys(weight.files).some((name) => /vietnamese.*\.woff2$/.test(name))).toBe(true);
  });
});
