import { gunzipSync } from 'node:zlib';
import {
  ManifestSchema,
  PlaylistSchema,
  ScreenSchema,
  SettingsSchema,
  type Slide,
  SlideSchema,
} from '@bangtin/shared';
import { qrPath } from '@bangtin/shared/qr';
import { describe, expect, it } from 'vitest';
import { buildManifest, encodeManifest } from '../../../../manager/src/manifest/build-manifest.js';
import { manifestBytes } from '../../../../manager/src/manifest/manifest-bytes.js';
import { ManifestMemo } from '../../../../manager/src/manifest/manifest-memo.js';
import type { ContentSnapshot } from '../../../../manager/src/store/load-content.js';

const SHOWN_URL = 'https://dichvucong.gov.vn';
const qrSlide = (id: string, url: string) =>
  SlideSchema.parse({ id, kind: 'qr', title: id, heading: 'Quét mã', url });

function contentPlaying(slides: Slide[]): ContentSnapshot {
  const elsewhere = qrSlide('qr-elsewhere', 'https://example.org');
  return {
    settings: SettingsSchema.parse({ agencyName: 'UBND xã Mẫu', defaultPlaylistId: 'pl-shown' }),
    media: [],
    slides: [...slides, elsewhere],
    procedures: [],
    hotlines: [],
    playlists: [
      PlaylistSchema.parse({
        id: 'pl-shown',
        name: 'Sảnh',
        items: slides.map((slide) => ({ slideId: slide.id })),
      }),
      PlaylistSchema.parse({ id: 'pl-other', name: 'Khác', items: [{ slideId: elsewhere.id }] }),
    ],
    schedule: [],
    groups: [],
    screens: [],
    holidays: [],
  };
}

const screen = ScreenSchema.parse({
  id: 'screen-1',
  name: 'Sảnh',
  paired: true,
  lastSeenAt: null,
  manifestVersion: null,
});

describe('buildManifest QR codes', () => {
  it('carries the code of each QR slide the screen plays, by URL, and none for the others', () => {
    const message = SlideSchema.parse({ id: 'msg', kind: 'message', title: 'C', heading: 'Chào' });
    const manifest = buildManifest(
      screen,
      contentPlaying([qrSlide('qr-shown', SHOWN_URL), message]),
    );
    expect(manifest.qrCodes).toEqual({ [SHOWN_URL]: qrPath(SHOWN_URL) });
    expect(ManifestSchema.parse(manifest)).toEqual(manifest);
  });

  it('leaves out a URL too long for any QR code, so the player shows the address alone', () => {
    const long = qrSlide('qr-long', `https://x.vn/${'ủ'.repeat(1000)}`);
    expect(buildManifest(screen, contentPlaying([long])).qrCodes).toEqual({});
  });
});

describe('encodeManifest', () => {
  it('serves the manifest buildManifest makes, with the same version, memo or not', () => {
    const content = contentPlaying([
      qrSlide('qr-shown', SHOWN_URL),
      SlideSchema.parse({ id: 'm', kind: 'message', title: 'Tin', heading: 'Giờ làm việc' }),
    ]);
    const built = buildManifest(screen, content, 7);
    const memo = new ManifestMemo(content);
    for (let round = 0; round < 2; round++) {
      const encoded = encodeManifest(screen, memo);
      expect(encoded.version).toBe(built.version);
      const bytes = manifestBytes(encoded.segments(7));
      expect(JSON.parse(new TextDecoder().decode(bytes.body()))).toEqual(built);
    }
  });

  it('shares the long lists between screens, and any change in them moves the version', () => {
    const messages = Array.from({ length: 40 }, (_, i) =>
      SlideSchema.parse({
        id: `m${i}`,
        kind: 'message',
        title: `Tin ${i}`,
        heading: 'Thủ tục hành chính',
        body: 'Nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia. '.repeat(3),
      }),
    );
    const content = contentPlaying(messages);
    const memo = new ManifestMemo(content);
    const hall = encodeManifest(screen, memo);
    const desk = encodeManifest({ ...screen, id: 'screen-2', name: 'Quầy 2' }, memo);
    const shared = hall.segments(1).filter((segment) => !(segment instanceof Uint8Array));
    expect(shared.length).toBeGreaterThan(0);
    expect(desk.segments(1)).toEqual(expect.arrayContaining(shared));
    for (const [encoded, forScreen] of [
      [hall, screen],
      [desk, { ...screen, id: 'screen-2', name: 'Quầy 2' }],
    ] as const) {
      const bytes = manifestBytes(encoded.segments(3));
      const text = new TextDecoder().decode(bytes.body());
      expect(JSON.parse(text)).toEqual(buildManifest(forScreen, content, 3));
      expect(gunzipSync(bytes.gzipped()).toString('utf8')).toBe(text);
    }
    expect(hall.version).not.toBe(desk.version);

    // One word of one slide deep in the shared list, in a fresh snapshot.
    const edited = contentPlaying(
      messages.map((slide, i) =>
        i === 37 ? { ...slide, heading: 'Thủ tục hành chính mới' } : slide,
      ),
    );
    expect(encodeManifest(screen, new ManifestMemo(edited)).version).not.toBe(hall.version);
    expect(encodeManifest(screen, new ManifestMemo(content)).version).toBe(hall.version);
  });
});

describe('buildManifest per-screen ticker speed and crossfade', () => {
  const content = contentPlaying([]);
  content.settings = { ...content.settings, tickerCharsPerSecond: 4, crossfade: true };

  it("carries the agency's values to a screen that follows them", () => {
    const { agency } = buildManifest(screen, content);
    expect([agency.tickerCharsPerSecond, agency.crossfade]).toEqual([4, true]);
  });

  it("carries the screen's own values when it sets them, a hard cut included", () => {
    const own = { ...screen, tickerCharsPerSecond: 2.5, crossfade: false };
    const manifest = buildManifest(own, content);
    expect([manifest.agency.tickerCharsPerSecond, manifest.agency.crossfade]).toEqual([2.5, false]);
    expect(manifest.version).not.toBe(buildManifest(screen, content).version);
    expect(ManifestSchema.parse(manifest)).toEqual(manifest);
  });
});
