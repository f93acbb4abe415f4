import { str } from '@lit/localize';

/** English for uploading from the slide editor and for a video's length. */
export const slideMediaTemplates = {
  'media.dropImage': 'Drag and drop a picture here, or',
  'media.dropVideo': 'Drag and drop a video here, or',
  'media.onlyImages': 'Only pictures (PNG, JPEG, WebP, GIF) are taken here.',
  'media.onlyVideos': 'Only videos (MP4, WebM) are taken here.',
  'slide.mediaUploadHint': 'Choose a file you already have, or upload a new one just below.',
  'slide.clipLength': str`Video length: ${0}`,
  'slide.playToEnd': 'Play the whole video',
  'slide.playToEndHint':
    'The video plays once to its end before the next slide, even when its time in the playlist is shorter. Unticked, the video loops for that time.',
  'playlist.playsToEnd': 'plays the whole video',
} as const;
