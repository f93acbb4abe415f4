import type { Media } from '@bangtin/shared';

/** A file reached the media library. */
export class MediaUploadedEvent extends Event {
  static readonly eventName = 'media-uploaded' as const;

  constructor(readonly media: Media) {
    super(MediaUploadedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [MediaUploadedEvent.eventName]: MediaUploadedEvent;
  }
}
