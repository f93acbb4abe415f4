import { PostgresAdapter } from 'kysely';

interface QueryLayer {
  getExecutor(): { adapter: unknown };
}

/** Whether a query layer (the store, a transaction, a migration's handle) talks to PostgreSQL. */
export function isPostgres(db: QueryLayer): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
