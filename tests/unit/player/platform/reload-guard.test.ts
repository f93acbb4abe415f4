import { describe, expect, it } from 'vitest';
import {
  MAX_RELOADS,
  mayReload,
  RELOAD_WINDOW_MS,
} from '../../../../player/src/platform/reload-guard.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('mayReload', () => {
  it('allows a few reloads, then refuses those that would make a loop', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_RELOADS; i++) expect(mayReload(storage, 1_000 + i)).toBe(true);
    expect(mayReload(storage, 2_000)).toBe(false);
  });

  it('allows reloading again once the earlier reloads are out of the window', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_RELOADS; i++) mayReload(storage, 1_000);
    expect(mayReload(storage, 1_000 + RELOAD_WINDOW_MS)).toBe(true);
  });

  it('survives garbage in storage', () => {
    const storage = memoryStorage();
    storage.setItem('bang-tin-reloads', '{not json');
    expect(mayReload(storage, 1_000)).toBe(true);
  });
});
