import { canReadOwned } from '../../../auth/content-ownership.js';
import { isUnrestricted } from '../../../auth/group-scope.js';
import { contentOwners, type OwnedTable } from '../../../store/content-owners.js';
import type { ContentSnapshot } from '../../../store/load-content.js';
import type { Db } from '../../../store/open-store.js';
import type { User } from '../../../store/users.js';
import type { WriteContext } from './editor-write.js';

type Snapshots = Pick<WriteContext, 'content' | 'drafts'>;

/**
 * The content a user may read, for checking what their input names: to a user of some groups,
 * another group's slide, playlist, media or hotline is unknown, so it cannot be borrowed.
 */
export async function readableContent(db: Db, user: User, w: Snapshots): Promise<Snapshots> {
  if (isUnrestricted(user)) return w;
  const owners = new Map<OwnedTable, Map<string, string | null>>();
  for (const table of ['slides', 'playlists', 'media', 'hotlines'] as const) {
    owners.set(table, await contentOwners.list(db, table));
  }
  const readable = (table: OwnedTable, id: string) =>
    canReadOwned(user, owners.get(table)?.get(id) ?? null);
  const filter = (content: ContentSnapshot): ContentSnapshot => ({
    ...content,
    slides: content.slides.filter((s) => readable('slides', s.id)),
    playlists: content.playlists.filter((p) => readable('playlists', p.id)),
    media: content.media.filter((m) => readable('media', m.sha256)),
    hotlines: content.hotlines.filter((h) => readable('hotlines', h.id)),
  });
  return { content: filter(w.content), drafts: filter(w.drafts) };
}
