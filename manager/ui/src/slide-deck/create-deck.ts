import {
  MediaSchema,
  type StoredPlaylist,
  StoredPlaylistSchema,
  type StoredSlide,
  StoredSlideSchema,
} from '@bangtin/shared';
import { api } from '../api/api-client.js';
import { uploadFile } from '../api/upload-file.js';

/** One chosen page, rendered at the screen's size. */
export interface DeckPage {
  pageNumber: number;
  image: Blob;
}

export interface DeckOptions {
  /** Each slide is titled "<title> — <page label> <n>". */
  title: string;
  pageLabel: string;
  /** The screen group that owns what is made; undefined leaves the server's default. */
  ownerGroupId: string | null | undefined;
  /** A playlist of the slides in page order, or none. */
  playlist: { name: string; durationSeconds: number } | null;
}

export interface CreatedDeck {
  slides: StoredSlide[];
  playlist: StoredPlaylist | null;
}

/**
 * Uploads each page as ordinary media, makes an image slide of it, then the playlist if asked:
 * the same calls the media library and the slide editor make, so approval applies as usual.
 */
export async function createDeck(
  pages: DeckPage[],
  options: DeckOptions,
  onProgress: (done: number) => void,
): Promise<CreatedDeck> {
  const owner = options.ownerGroupId === undefined ? {} : { ownerGroupId: options.ownerGroupId };
  const mediaUrl =
    options.ownerGroupId === undefined || options.ownerGroupId === null
      ? '/api/media'
      : `/api/media?ownerGroupId=${encodeURIComponent(options.ownerGroupId)}`;
  const slides: CreatedDeck['slides'] = [];
  for (const page of pages) {
    const extension = page.image.type === 'image/webp' ? 'webp' : 'png';
    const file = new File([page.image], `${options.title}-${page.pageNumber}.${extension}`, {
      type: page.image.type,
    });
    const media = await uploadFile(mediaUrl, file, MediaSchema, () => {});
    slides.push(
      await api.post(
        '/api/slides',
        {
          kind: 'image',
          title: `${options.title} — ${options.pageLabel} ${page.pageNumber}`,
          mediaSha256: media.sha256,
          fit: 'contain',
          ...owner,
        },
        StoredSlideSchema,
      ),
    );
    onProgress(slides.length);
  }
  const playlist = options.playlist
    ? await api.post(
        '/api/playlists',
        {
          name: options.playlist.name,
          items: slides.map((slide) => ({
            slideId: slide.id,
            durationSeconds: options.playlist?.durationSeconds,
          })),
          ...owner,
        },
        StoredPlaylistSchema,
      )
    : null;
  return { slides, playlist };
}

/** A canvas as WebP where the browser can encode it (Chromium can), else PNG. */
export function canvasImage(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The page could not be encoded'))),
      'image/webp',
      0.92,
    );
  });
}
