import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { StoreDialect } from './dialect/store-dialect.js';
import { initialMigration } from './migrations/001-initial.js';
import { accountsApprovalMigration } from './migrations/002-accounts-approval.js';
import { monitoringMigration } from './migrations/003-monitoring.js';
import { holidaysMigration } from './migrations/004-holidays.js';
import { ownershipRevisionsMigration } from './migrations/005-ownership-revisions.js';
import { playChecksMigration } from './migrations/006-play-checks.js';
import { trustMigration } from './migrations/007-trust.js';
import { screenSettingsMigration } from './migrations/008-screen-settings.js';
import { queueMigration } from './migrations/009-queue.js';
import { screenZonesMigration } from './migrations/010-screen-zones.js';
import { figureFeedsMigration } from './migrations/011-figure-feeds.js';
import { deviceTokenScreenIndexMigration } from './migrations/012-device-token-screen-index.js';
import { mediaDurationMigration } from './migrations/013-media-duration.js';
import { jobRoundsMigration } from './migrations/014-job-rounds.js';
import { screensMarkMigration } from './migrations/015-screens-mark.js';
import type { Database } from './schema.js';

/** Migrations live in code so that a bundled or copied manager needs no migrations folder. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initialMigration,
  '002-accounts-approval': accountsApprovalMigration,
  '003-monitoring': monitoringMigration,
  '004-holidays': holidaysMigration,
  '005-ownership-revisions': ownershipRevisionsMigration,
  '006-play-checks': playChecksMigration,
  '007-trust': trustMigration,
  '008-screen-settings': screenSettingsMigration,
  '009-queue': queueMigration,
  '010-screen-zones': screenZonesMigration,
  '011-figure-feeds': figureFeedsMigration,
  '012-device-token-screen-index': deviceTokenScreenIndexMigration,
  '013-media-duration': mediaDurationMigration,
  '014-job-rounds': jobRoundsMigration,
  '015-screens-mark': screensMarkMigration,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema up to date; throws (stopping start-up) when a migration fails. On PostgreSQL
 * the migrations' own tables are those of the schema the store keeps to: left to itself, the
 * migrator takes another schema's of the same database for its own and finds nothing in this one.
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: StoreDialect): Promise<void> {
  const schema = dialect === 'postgres' ? await currentSchema(db) : undefined;
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** The schema PostgreSQL creates new tables in (the first of the search path that exists). */
export async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  const { rows } = await sql<{ name: string | null }>`SELECT current_schema() AS name`.execute(db);
  return rows[0]?.name ?? undefined;
}
