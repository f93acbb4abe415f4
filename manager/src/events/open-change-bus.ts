import type { Logger } from '../logger.js';
import { type ChangeBus, InProcessChangeNetwork } from './change-bus.js';
import { PostgresChangeBus } from './postgres-change-bus.js';

/**
 * The change bus for this instance: PostgreSQL LISTEN/NOTIFY when `DATABASE_URL` names a
 * PostgreSQL database (other instances may share it), otherwise a network of one.
 */
export async function openChangeBus(
  databaseUrl: string | null,
  logger: Logger,
): Promise<ChangeBus> {
  if (!databaseUrl) return new InProcessChangeNetwork().join();
  const bus = new PostgresChangeBus({ connectionString: databaseUrl, logger });
  await bus.start();
  return bus;
}
