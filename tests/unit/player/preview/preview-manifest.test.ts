import { describe, expect, it } from 'vitest';
import { previewManifest } from '../../../../player/src/preview/preview-manifest.js';

const message = {
  type: 'bang-tin-preview',
  slide: { id: 's1', kind: 'message', title: 'Chào', heading: 'Xin chào quý khách' },
  procedures: [],
  hotlines: [{ id: 'h1', label: 'Đường dây nóng', number: '1022' }],
  agency: {
    agencyName: 'UBND phường Mẫu',
    agencySubtitle: '',
    logoSha256: null,
    tickerText: 'Chào mừng',
  },
  orientation: 'portrait',
  layout: 'full',
};

describe('previewManifest', () => {
  it('turns a preview message into a one-slide manifest with the shared defaults', () => {
    const preview = previewManifest(message);
    expect(preview?.slide).toMatchObject({ id: 's1', theme: 'brand', body: '' });
    expect(preview?.manifest.screen).toMatchObject({ orientation: 'portrait', layout: 'full' });
    expect(preview?.manifest.playlists[0]?.items).toEqual([{ slideId: 's1', durationSeconds: 10 }]);
    expect(preview?.manifest.media).toEqual([]);
    expect(preview?.manifest.qrCodes).toEqual({});
  });

  it('keeps the QR code the admin encoded for a QR slide', () => {
    const url = 'https://dichvucong.gov.vn';
    const qrCodes = { [url]: { size: 21, path: 'M0 0h1v1h-1zM20 20h1v1h-1z' } };
    const slide = { id: 'q1', kind: 'qr', title: 'QR', heading: 'Quét mã', url };
    expect(previewManifest({ ...message, slide, qrCodes })?.manifest.qrCodes).toEqual(qrCodes);
  });

  it('keeps a zone on the playlist sent with it, and plays the slide in a zone whose is not', () => {
    const side = { id: 's2', kind: 'message', title: 'Bên', heading: 'Khung bên' };
    const preview = previewManifest({
      ...message,
      layout: 'side-panel',
      orientation: 'landscape',
      zones: {
        side: { kind: 'playlist', playlistId: 'p-side' },
        panel: { kind: 'playlist', playlistId: 'p-missing' },
      },
      playlists: [{ id: 'p-side', name: 'Bên', items: [{ slideId: 's2', durationSeconds: 5 }] }],
      slides: [side],
    });
    expect(preview?.manifest.screen.zones).toEqual({
      side: { kind: 'playlist', playlistId: 'p-side' },
      panel: { kind: 'playlist', playlistId: 'preview' },
    });
    expect(preview?.manifest.slides.map((slide) => slide.id)).toEqual(['s1', 's2']);
    expect(preview?.slide.id).toBe('s1');
  });

  it('starts on the page asked for, and on the first otherwise', () => {
    expect(previewManifest({ ...message, page: 3 })?.page).toBe(3);
    expect(previewManifest(message)?.page).toBe(0);
  });

  it('ignores a zone playlist that fails the manifest schema', () => {
    expect(previewManifest({ ...message, playlists: [{ id: 'p' }] })).toBeNull();
  });

  it.each([
    ['another type of message', { ...message, type: 'something-else' }],
    ['a slide that fails the schema', { ...message, slide: { id: 's1', kind: 'message' } }],
    ['an unknown orientation', { ...message, orientation: 'sideways' }],
    ['a missing agency', { ...message, agency: undefined }],
    [
      'a QR code that is not module squares',
      { ...message, qrCodes: { x: { size: 21, path: '<' } } },
    ],
    ['not an object', 'bang-tin-preview'],
    ['null', null],
  ])('ignores %s', (_, data) => {
    expect(previewManifest(data)).toBeNull();
  });
});
