import { type Playlist, PlaylistInputSchema } from '@bangtin/shared';
import { documentResource } from './document-resource.js';

export const playlistsRepository = documentResource(
  'playlists',
  PlaylistInputSchema,
  ({ id, value }): Playlist => ({ ...value, id }),
);
