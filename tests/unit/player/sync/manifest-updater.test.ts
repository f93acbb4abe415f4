import { createHash } from 'node:crypto';
import type { Manifest } from '@bangtin/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../../../player/src/sync/api-client.js';
import {
  ManifestUpdater,
  type ManifestUpdaterDeps,
} from '../../../../player/src/sync/manifest-updater.js';
import { ServerClock } from '../../../../player/src/sync/server-clock.js';
import { makeManifest } from '../make-manifest.js';
import { freshPlayerDb } from '../storage/fresh-player-db.js';

const ORIGIN = 'http://manager.test';

function file(text: string) {
  const bytes = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    bytes,
    ref: { sha256, type: 'image/png' as const, bytes: bytes.byteLength, url: `/media/${sha256}` },
  };
}

/** Cache Storage with one cache, as a map from URL to response. */
function fakeCaches() {
  const entries = new Map<string, Response>();
  const cache = {
    match: async (url: string) => entries.get(url),
    put: async (url: string, response: Response) => void entries.set(url, response),
    keys: async () => [...entries.keys()].map((url) => new Request(url)),
    delete: async (request: Request) => entries.delete(request.url),
  };
  vi.stubGlobal('caches', { open: async () => cache });
  return entries;
}

/** An updater of a screen playing version v1 at revision 0, with `deps` in place of those. */
function updaterWith(deps: Partial<ManifestUpdaterDeps>): ManifestUpdater {
  return new ManifestUpdater({
    api: new ApiClient(ORIGIN, new ServerClock(), 'token'),
    db: freshPlayerDb(),
    currentVersion: () => 'v1',
    currentRevision: () => 0,
    currentMedia: () => [],
    accepted: () => {},
    progress: () => {},
    ...deps,
  });
}

describe('ManifestUpdater', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('never prunes a file that an update running at the same time has just verified', async () => {
    const playing = file('playing');
    const next = file('next');
    const entries = fakeCaches();
    entries.set(`${ORIGIN}${playing.ref.url}`, new Response(playing.bytes));
    const manifest: Manifest = makeManifest({ version: 'v2', media: [next.ref] });
    const download: { release: (() => void) | null } = { release: null };
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.endsWith('/api/device/manifest')) return Response.json(manifest);
      await new Promise<void>((resolve) => {
        download.release = resolve;
      });
      return new Response(next.bytes.slice());
    });
    const accepted: string[] = [];
    const updater = updaterWith({ accepted: (m) => accepted.push(m.version) });

    const updating = updater.update();
    // The new file is being downloaded when the playing manifest asks for a clean-up.
    await vi.waitFor(() => expect(download.release).not.toBeNull());
    const pruning = updater.prune(makeManifest({ version: 'v1', media: [playing.ref] }));
    download.release?.();
    await updating;
    await pruning;

    expect(accepted).toEqual(['v2']);
    expect([...entries.keys()].sort()).toEqual(
      [`${ORIGIN}${playing.ref.url}`, `${ORIGIN}${next.ref.url}`].sort(),
    );
  });

  it('removes files that neither the playing nor the newest manifest needs', async () => {
    const old = file('old');
    const kept = file('kept');
    const entries = fakeCaches();
    entries.set(`${ORIGIN}${old.ref.url}`, new Response(old.bytes));
    entries.set(`${ORIGIN}${kept.ref.url}`, new Response(kept.bytes));
    const updater = updaterWith({});
    expect(await updater.prune(makeManifest({ media: [kept.ref] }))).toBe(1);
    expect([...entries.keys()]).toEqual([`${ORIGIN}${kept.ref.url}`]);
  });

  it('refuses a manifest whose revision is lower than the one playing, and stores nothing', async () => {
    fakeCaches();
    const older = makeManifest({ version: 'v0', revision: 4 });
    vi.stubGlobal('fetch', async () => Response.json(older));
    const accepted: string[] = [];
    const updater = updaterWith({
      currentRevision: () => 5,
      accepted: (m) => accepted.push(m.version),
    });
    await expect(updater.update()).rejects.toThrow(/revision 4 is older than 5: refused/);
    expect(accepted).toEqual([]);
  });

  it('takes a manifest the event stream sent, checked, without asking the manager', async () => {
    const next = file('next');
    const entries = fakeCaches();
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(new URL(url).pathname);
      return new Response(next.bytes.slice());
    });
    const accepted: string[] = [];
    const updater = updaterWith({
      currentRevision: () => 1,
      accepted: (m) => accepted.push(m.version),
    });
    const pushed = JSON.parse(
      JSON.stringify(makeManifest({ version: 'v2', revision: 2, media: [next.ref] })),
    );
    expect(await updater.update(pushed)).toBe('updated');
    expect(accepted).toEqual(['v2']);
    // Only its media file was fetched (and verified), not the manifest.
    expect(asked).toEqual([next.ref.url]);
    expect([...entries.keys()]).toEqual([`${ORIGIN}${next.ref.url}`]);

    // One that does not fit the schema, or is older than the one held, is refused like a fetched one.
    await expect(updater.update({ version: 'v3' })).rejects.toThrow(/manifest rejected/);
    const older = JSON.parse(JSON.stringify(makeManifest({ version: 'v0', revision: 1 })));
    await expect(updater.update(older)).rejects.toThrow(/revision 1 is older than 2: refused/);
    expect(accepted).toEqual(['v2']);
    expect(asked).toEqual([next.ref.url]);
  });

  it('on storage full, removes the files neither the playing nor the new version needs', async () => {
    const playing = file('playing');
    const stored = file('stored');
    const orphan = file('orphan');
    const big = file('big');
    const entries = fakeCaches();
    for (const { ref, bytes } of [playing, stored, orphan]) {
      entries.set(`${ORIGIN}${ref.url}`, new Response(bytes));
    }
    const cache = await caches.open('media');
    cache.put = async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const manifest = makeManifest({ version: 'v2', media: [stored.ref, big.ref] });
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('/api/device/manifest')
        ? Response.json(manifest)
        : new Response(big.bytes.slice()),
    );
    const updater = updaterWith({ currentMedia: () => [playing.ref] });
    await expect(updater.update()).rejects.toThrow(/storage full/);
    expect([...entries.keys()].sort()).toEqual(
      [`${ORIGIN}${playing.ref.url}`, `${ORIGIN}${stored.ref.url}`].sort(),
    );
  });
});
