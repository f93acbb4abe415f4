import { type Playlist, PlaylistInputSchema } from '@bangtin/shared';
import { reviewedResource } from './reviewed-resource.js';

export const playlistsRepository = reviewedResource(
  'playlists',
  PlaylistInputSchema,
  ({ id, value }): Playlist => ({ ...value, id }),
);
