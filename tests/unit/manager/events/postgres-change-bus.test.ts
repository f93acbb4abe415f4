import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeNotice } from '../../../../manager/src/events/change-bus.js';
import {
  CHANGE_CHANNEL,
  PostgresChangeBus,
} from '../../../../manager/src/events/postgres-change-bus.js';
import { createLogger } from '../../../../manager/src/logger.js';

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.warn(
    'postgres-change-bus.test.ts skipped: set TEST_DATABASE_URL=postgres://… to a throw-away database',
  );
}

/** Resolves with the next notice the bus delivers, or rejects after `ms`. */
function nextNotice(bus: PostgresChangeBus, ms = 1_000): Promise<ChangeNotice> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no notice within ${ms} ms`));
    }, ms);
    const off = bus.subscribe((notice) => {
      clearTimeout(timer);
      off();
      resolve(notice);
    });
  });
}

describe.skipIf(!url)('PostgresChangeBus (LISTEN/NOTIFY on a real PostgreSQL)', () => {
  const buses: PostgresChangeBus[] = [];
  const open = async () => {
    const bus = new PostgresChangeBus({
      connectionString: url as string,
      logger: createLogger('silent'),
      retryMs: 50,
    });
    await bus.start();
    buses.push(bus);
    return bus;
  };
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });

  it('delivers each instance’s notices to the other within a second, not back to itself', async () => {
    const [a, b] = [await open(), await open()];
    const own: ChangeNotice[] = [];
    a.subscribe((notice) => own.push(notice));
    const command = { command: 'reload', id: 'c0ffee00-0000-4000-8000-000000000001' } as const;

    const heardOnB = nextNotice(b);
    await a.publish({ kind: 'command', screenId: 'screen-1', command });
    expect(await heardOnB).toEqual({ kind: 'command', screenId: 'screen-1', command });

    const heardOnA = nextNotice(a);
    await b.publish({ kind: 'content' });
    expect(await heardOnA).toEqual({ kind: 'content' });
    expect(own).toEqual([{ kind: 'content' }]);
  });

  it('reconnects a listener whose connection was cut, catches up, and keeps delivering', async () => {
    const [a, b] = [await open(), await open()];
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // Cut both instances' listener connections, as a database restart or a network cut would.
      const before = await admin.query<{ pid: number }>(
        'select pid from pg_stat_activity where datname = current_database() and query = $1 and pid <> pg_backend_pid()',
        [`listen ${CHANGE_CHANNEL}`],
      );
      expect(before.rows.length).toBe(2);
      const catchUp = nextNotice(b, 3_000);
      for (const { pid } of before.rows) {
        await admin.query('select pg_terminate_backend($1)', [pid]);
      }
      // Both listeners reconnect; each tells its subscribers to recompute (notices were lost).
      expect(await catchUp).toEqual({ kind: 'content' });

      const heard = nextNotice(b);
      const command = { command: 'identify', id: 'c0ffee00-0000-4000-8000-000000000002' } as const;
      await a.publish({ kind: 'command', screenId: 'screen-2', command });
      expect(await heard).toEqual({ kind: 'command', screenId: 'screen-2', command });
    } finally {
      await admin.end();
    }
  });

  it('refuses a notice too large for NOTIFY rather than losing it silently', async () => {
    const a = await open();
    const screenId = 'x'.repeat(64);
    await expect(
      a.publish({
        kind: 'command',
        screenId,
        command: { command: 'reload', id: 'y'.repeat(9_000) },
      }),
    ).rejects.toThrow();
  });
});
