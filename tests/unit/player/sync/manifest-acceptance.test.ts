import { describe, expect, it } from 'vitest';
import { acceptManifest } from '../../../../player/src/sync/manifest-acceptance.js';
import { makeManifest } from '../make-manifest.js';

describe('acceptManifest', () => {
  it('accepts a manifest that fits the shared schema', () => {
    const result = acceptManifest(JSON.parse(JSON.stringify(makeManifest())));
    expect(result.ok).toBe(true);
  });

  it('rejects a manifest from a newer schema version, naming the field', () => {
    const result = acceptManifest({ ...makeManifest(), schemaVersion: 2 });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.reason).toContain('schemaVersion');
  });

  it('rejects a media entry whose checksum is not a sha256', () => {
    const manifest = makeManifest();
    const body = { ...manifest, media: [{ ...manifest.media[0], sha256: 'abc' }] };
    const result = acceptManifest(body);
    expect(!result.ok && result.reason).toContain('media.0.sha256');
  });

  it('rejects something that is not a manifest at all', () => {
    expect(acceptManifest('<html>').ok).toBe(false);
  });
});
