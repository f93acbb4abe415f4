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
  const { connectionString, settings } = withSettings(url, [
    // The manager's reads are short: compiling one (which PostgreSQL does past a cost estimate,
    // and misjudged statistics after a bulk import reach it) took ten times as long as running
    // it, on every read of ten thousand screens.
    '-c jit=off',
    ...(options.schema ? [`-c search_path="${options.schema}"`] : []),
  ]);
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types, options: settings });
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

/**
 * The connection string without its `options` parameter, and those options after ours (the
 * last of two settings of one name wins: the operator's). The driver lets a string's `options`
 * replace the ones it is given, which lost the schema and the settings above.
 */
function withSettings(url: string, ours: string[]): { connectionString: string; settings: string } {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  const theirs = parsed?.searchParams.get('options');
  if (!parsed || !theirs) return { connectionString: url, settings: ours.join(' ') };
  parsed.searchParams.delete('options');
  return { connectionString: parsed.toString(), settings: [...ours, theirs].join(' ') };
}
