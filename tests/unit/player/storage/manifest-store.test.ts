import { describe, expect, it } from 'vitest';
import { storedManifest } from '../../../../player/src/storage/manifest-store.js';
import { makeManifest } from '../make-manifest.js';

describe('storedManifest', () => {
  it('is null when nothing is stored', () => {
    expect(storedManifest(undefined)).toBeNull();
  });

  it('is null when the stored manifest no longer fits the schema', () => {
    expect(storedManifest({ ...makeManifest(), version: 42 })).toBeNull();
  });

  it('gives back a stored manifest that still parses', () => {
    const manifest = makeManifest();
    expect(storedManifest(JSON.parse(JSON.stringify(manifest)))?.version).toBe(manifest.version);
  });
});
