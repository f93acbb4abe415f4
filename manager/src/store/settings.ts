import { type Settings, SettingsSchema } from '@bangtin/shared';
import type { Db } from './open-store.js';

const KEY = 'agency';

/** What a fresh install shows until an editor names the agency. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({ agencyName: 'Bảng tin' });

export const settingsRepository = {
  async get(db: Db): Promise<Settings> {
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', KEY)
      .executeTakeFirst();
    return row ? SettingsSchema.parse(JSON.parse(row.value)) : DEFAULT_SETTINGS;
  },
  async put(db: Db, settings: Settings): Promise<Settings> {
    const value = JSON.stringify(settings);
    await db
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    return settings;
  },
};
