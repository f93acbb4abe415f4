import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../manager/src/store/open-store.js';
import {
  openTestStore,
  postgresTestUrl,
  TEST_STORE,
  uniqueName,
} from '../../../helpers/test-store.js';

describe.runIf(TEST_STORE === 'postgres')('the PostgreSQL store’s connections', () => {
  it('compile no query, keep to their schema, and keep the settings the URL gives', async () => {
    const url = new URL(postgresTestUrl());
    url.search = `?options=${encodeURIComponent('-c statement_timeout=12345')}`;
    const schema = uniqueName('session');
    const store = await openStore(url.toString(), { schema, max: 1 });
    try {
      const show = async (name: string) =>
        Object.values((await sql.raw(`show ${name}`).execute(store.db)).rows[0] as object)[0];
      // A read of ten thousand screens took ten times as long compiled (JIT) as run.
      expect(await show('jit')).toBe('off');
      expect(await show('search_path')).toBe(`"${schema}"`);
      expect(await show('statement_timeout')).toBe('12345ms');
    } finally {
      await store.db.schema.dropSchema(schema).cascade().execute();
      await store.close();
    }
  });

  it('migrate the schema they keep to, whatever other schemas of the database hold', async () => {
    // Other test stores' schemas in this database hold the migrator's tables already.
    const other = await openTestStore();
    await other.close();
    const schema = uniqueName('own');
    const url = new URL(postgresTestUrl());
    url.search = `?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const admin = await openStore(postgresTestUrl());
    await admin.db.schema.createSchema(schema).execute();
    try {
      const store = await openStore(url.toString(), { max: 1 });
      const { rows } = await sql<{ n: number }>`select count(*) as n from users`.execute(store.db);
      expect(Number(rows[0]?.n)).toBe(0);
      await store.close();
    } finally {
      await admin.db.schema.dropSchema(schema).cascade().execute();
      await admin.close();
    }
  });
});
