import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.js';
import { PostgresColumnTypes } from './postgres-column-types.js';

const INT8 = 20;
const NUMERIC = 1700;

/** count() and sum() answer bigint and numeric, which pg hands over as strings; SQLite as numbers. */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format),
} as pg.CustomTypesConfig;

export interface PostgresOptions {
  /** A schema of its own (created if missing): tests share one database this way. */
  schema?: string;
  /** Connections in the pool. */
  max?: number;
}

/** PostgreSQL through a pool of the `pg` driver; `url` is a postgres:// connection string. */
export async function createPostgresDb(
  url: string,
  options: PostgresOptions = {},
): Promise<Kysely<Database>> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    ...(options.schema ? { options: `-c search_path="${options.schema}"` } : {}),
  });
  if (options.schema) {
    try {
      await pool.query(`create schema if not exists "${options.schema}"`);
    } catch (error) {
      // Stores opened together race past "if not exists": the loser is told the name is taken,
      // and the schema it wanted is there.
      if (!CREATED_MEANWHILE.has((error as { code?: string }).code ?? '')) {
        await pool.end();
        throw error;
      }
    }
  }
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new PostgresColumnTypes()],
  });
}

/** unique_violation (on pg_namespace) and duplicate_schema. */
const CREATED_MEANWHILE = new Set(['23505', '42P06']);
