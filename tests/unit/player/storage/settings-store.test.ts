import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveCurrentManifest } from '../../../../player/src/storage/manifest-store.js';
import {
  deleteSetting,
  readSetting,
  readSettings,
  writeSetting,
} from '../../../../player/src/storage/settings-store.js';
import { makeManifest } from '../make-manifest.js';
import { failNextCommit } from './fail-next-commit.js';
import { freshPlayerDb } from './fresh-player-db.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the settings store', () => {
  it('reads back what it wrote, several keys in one go', async () => {
    const db = freshPlayerDb();
    await writeSetting(db, 'token', 'secret');
    await writeSetting(db, 'playsDropped', 3);

    expect(await readSettings(db, ['token', 'playsDropped', 'clock'])).toEqual({
      token: 'secret',
      playsDropped: 3,
      clock: undefined,
    });
  });

  it('resolves a write only once its transaction has committed', async () => {
    const db = freshPlayerDb();
    await db.connection();
    const events: string[] = [];
    const original = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const tx = original.apply(this, args);
      tx.addEventListener('complete', () => events.push('committed'));
      return tx;
    });

    await writeSetting(db, 'token', 'secret');
    events.push('resolved');

    expect(events).toEqual(['committed', 'resolved']);
  });

  it('rejects with an Error, and keeps the old value, when the commit fails', async () => {
    const db = freshPlayerDb();
    await writeSetting(db, 'token', 'old');

    failNextCommit('put');
    const failed = writeSetting(db, 'token', 'new');

    await expect(failed).rejects.toBeInstanceOf(Error);
    await expect(failed).rejects.toHaveProperty('name', 'AbortError');
    expect(await readSetting(db, 'token')).toBe('old');
  });

  it('deletes a setting', async () => {
    const db = freshPlayerDb();
    await writeSetting(db, 'token', 'secret');
    await deleteSetting(db, 'token');

    expect(await readSetting(db, 'token')).toBeUndefined();
  });

  it('commits the current manifest with strict durability', async () => {
    const db = freshPlayerDb();
    await db.connection();
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');

    await saveCurrentManifest(db, makeManifest({ version: 'v7' }));

    expect(transaction).toHaveBeenCalledWith('settings', 'readwrite', { durability: 'strict' });
    expect(((await readSetting(db, 'manifest')) as { version: string }).version).toBe('v7');
  });
});
