import type { Playlist } from '@bangtin/shared';
import type { SelectOption } from './fields.js';

/** Playlists as choices, led by what "no playlist" means where the list is shown. */
export function playlistOptions(playlists: readonly Playlist[], noneLabel: string): SelectOption[] {
  return [
    { value: '', label: noneLabel },
    ...playlists.map((playlist) => ({ value: playlist.id, label: playlist.name })),
  ];
}
