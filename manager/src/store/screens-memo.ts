import type { Screen } from '@bangtin/shared';
import type { Db } from './open-store.js';
import { screensRepository } from './screens.js';

/** The store's screens mark (migration 015): none only where someone deleted it. */
async function screensMark(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('change_marks')
    .select('mark')
    .where('subject', '=', 'screens')
    .executeTakeFirst();
  return row?.mark;
}

/**
 * The screens as last read, handed out again while the store's screens mark stands: an instance
 * reads ten thousand screens once per change to them, not once per publish. The mark is read
 * first, so screens read after it are at least as new as it says. What heartbeats write (a
 * screen's `lastSeenAt`, `manifestVersion`) is as of that read: what reads content (manifests,
 * reference checks) does not look at contact, and the monitor reads contact itself.
 */
export class ScreensMemo {
  #last: { mark: string; screens: Screen[] } | null = null;

  async list(db: Db): Promise<Screen[]> {
    const mark = await screensMark(db);
    if (mark !== undefined && this.#last?.mark === mark) return this.#last.screens;
    const screens = await screensRepository.list(db);
    this.#last = mark === undefined ? null : { mark, screens };
    return screens;
  }
}
