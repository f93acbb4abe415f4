import { SlideSchema } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import {
  type PreviewContent,
  type ScreenView,
  screenPreviewMessage,
} from '../../../../../manager/ui/src/preview/screen-preview-message.js';

const slide = (id: string, extra: object = {}) =>
  SlideSchema.parse({ id, kind: 'message', title: id, heading: `Trang ${id}`, ...extra });

const content: PreviewContent = {
  slides: [
    slide('a'),
    slide('b'),
    slide('c'),
    SlideSchema.parse({
      id: 'q',
      kind: 'qr',
      title: 'QR',
      heading: 'Quét mã',
      url: 'https://dichvucong.gov.vn',
    }),
  ],
  playlists: [
    {
      id: 'main',
      name: 'Chính',
      items: [
        { slideId: 'gone', durationSeconds: 5 },
        { slideId: 'a', durationSeconds: 20 },
        { slideId: 'b', durationSeconds: 10 },
      ],
    },
    {
      id: 'side',
      name: 'Bên',
      items: [
        { slideId: 'b', durationSeconds: 10 },
        { slideId: 'c', durationSeconds: 10 },
        { slideId: 'q', durationSeconds: 10 },
      ],
    },
  ],
  procedures: [],
  hotlines: [],
  agency: null,
};

const view: ScreenView = {
  orientation: 'landscape',
  layout: 'side-panel',
  zones: { side: { kind: 'playlist', playlistId: 'side' }, panel: { kind: 'queue', counters: [] } },
  mainPlaylistId: 'main',
};
const placeholder = slide('preview');

describe('screenPreviewMessage', () => {
  it("shows the main playlist's first slide that exists, for that item's time", () => {
    const message = screenPreviewMessage(content, view, placeholder);
    expect(message.slide).toMatchObject({ id: 'a' });
    expect(message.durationSeconds).toBe(20);
    expect(message.page).toBeUndefined();
  });

  it('sends each playlist zone its playlist with its slides, once each', () => {
    const message = screenPreviewMessage(content, view, placeholder);
    expect(message.playlists).toEqual([content.playlists[1]]);
    expect((message.slides as { id: string }[]).map((s) => s.id)).toEqual(['b', 'c', 'q']);
    expect(message.zones).toEqual(view.zones);
    expect(message.queueCalls?.length).toBeGreaterThan(0);
  });

  it('encodes the QR codes of the slides it sends', () => {
    const message = screenPreviewMessage(content, view, placeholder);
    expect(Object.keys(message.qrCodes ?? {})).toEqual(['https://dichvucong.gov.vn']);
  });

  it('shows the slide and page a screen reported, not sent twice when a zone plays it too', () => {
    const message = screenPreviewMessage(content, { ...view, slideId: 'b', page: 2 }, placeholder);
    expect(message.slide).toMatchObject({ id: 'b' });
    expect(message.page).toBe(2);
    expect((message.slides as { id: string }[]).map((s) => s.id)).toEqual(['c', 'q']);
  });

  it('shows the placeholder when the main zone has nothing to show', () => {
    const none = screenPreviewMessage(content, { ...view, mainPlaylistId: null }, placeholder);
    expect(none.slide).toBe(placeholder);
    const gone = screenPreviewMessage(content, { ...view, slideId: 'deleted' }, placeholder);
    expect(gone.slide).toBe(placeholder);
  });

  it('drops playlist items whose slide is not in the content', () => {
    const message = screenPreviewMessage(
      content,
      { ...view, zones: { side: { kind: 'playlist', playlistId: 'main' } } },
      placeholder,
    );
    expect(message.playlists?.[0]).toMatchObject({
      items: [{ slideId: 'a' }, { slideId: 'b' }],
    });
  });
});
