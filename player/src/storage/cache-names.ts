/** Cache Storage holding verified media files, keyed by their `/media/<sha256>` URL. */
export const MEDIA_CACHE = 'bang-tin-media-v1';
