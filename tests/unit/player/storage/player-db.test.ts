import type { PlayRecord } from '@bangtin/shared';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { PlayQueue } from '../../../../player/src/storage/play-queue.js';
import { PlayerDb } from '../../../../player/src/storage/player-db.js';
import {
  type PlayerConnection,
  SCHEMA_STEPS,
  type SchemaStep,
} from '../../../../player/src/storage/player-db-schema.js';
import { readSetting, writeSetting } from '../../../../player/src/storage/settings-store.js';
import { freshDbName, freshPlayerDb } from './fresh-player-db.js';

const PLAY: PlayRecord = {
  id: 'play-0001',
  slideId: 'slide-1',
  playlistId: null,
  manifestVersion: 'v1',
  startedAt: '2026-12-06T08:00:00.000Z',
  durationMs: 10_000,
};

/** The next schema version: it counts the plays a first version kept, as a migration would. */
const nextStep: SchemaStep = (_db, tx) => {
  const settings = tx.objectStore('settings');
  void tx
    .objectStore('plays')
    .count()
    .then((count) => settings.put(count, 'playsDropped'));
};

/** A page that opened the database at version 1 and ignores requests to close it. */
function openStubbornPage(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('settings');
      request.result.createObjectStore('plays', { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** What the browser does when site data is cleared under an open page. */
function terminate(connection: PlayerConnection): void {
  // fake-indexeddb types its argument as the IDBDatabase constructor; it takes a connection.
  forceCloseDatabase(unwrap(connection) as unknown as typeof IDBDatabase);
}

function collectReports(db: PlayerDb): string[] {
  const reports: string[] = [];
  db.reportTo((message) => reports.push(message));
  return reports;
}

describe('PlayerDb', () => {
  it('creates the current schema in a new database', async () => {
    const connection = await freshPlayerDb().connection();
    expect(connection.version).toBe(SCHEMA_STEPS.length);
    expect([...connection.objectStoreNames].sort()).toEqual(['plays', 'settings']);
  });

  it('upgrades a database written by the current version with only the new step, keeping its data', async () => {
    const name = freshDbName();
    const current = new PlayerDb({ name });
    await writeSetting(current, 'token', 'kept');
    await new PlayQueue(current).add(PLAY);

    const next = new PlayerDb({ name, steps: [...SCHEMA_STEPS, nextStep] });
    const reports = collectReports(current);

    expect((await next.connection()).version).toBe(SCHEMA_STEPS.length + 1);
    expect(await readSetting(next, 'token')).toBe('kept');
    expect(await readSetting(next, 'playsDropped')).toBe(1);
    expect(reports).toEqual(['storage: closed the database for a newer player version']);
  });

  it('reports a blocked upgrade, fails the use after its wait, and opens once the old page closes', async () => {
    const name = freshDbName();
    const stubborn = await openStubbornPage(name);
    const db = new PlayerDb({ name, steps: [...SCHEMA_STEPS, nextStep], blockedWaitMs: 300 });
    const reports = collectReports(db);

    await expect(db.connection()).rejects.toThrow(/keeps an older database version open/);
    expect(reports).toEqual(['storage: waiting for another player page to close the database']);

    stubborn.close();
    expect((await db.connection()).version).toBe(SCHEMA_STEPS.length + 1);
  });

  it('opens again at the next use after the browser terminated the connection', async () => {
    const db = freshPlayerDb();
    const first = await db.connection();
    const reports = collectReports(db);

    terminate(first);
    await expect.poll(() => reports).toHaveLength(1);
    await writeSetting(db, 'token', 'after');

    expect(await db.connection()).not.toBe(first);
    expect(await readSetting(db, 'token')).toBe('after');
    expect(reports).toEqual([
      'storage: the browser closed the database; it opens again at the next use',
    ]);
  });

  it('keeps problems from before anyone listened for the first listener', async () => {
    const db = freshPlayerDb();
    terminate(await db.connection());
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(collectReports(db)).toHaveLength(1);
  });
});
