import { openDB } from 'idb';
import {
  type PlayerConnection,
  type PlayerSchema,
  SCHEMA_STEPS,
  type SchemaStep,
  upgradeFrom,
} from './player-db-schema.js';

export const PLAYER_DB_NAME = 'bang-tin-player';

/** How long a use waits for an older page to release the database before it fails. */
const BLOCKED_WAIT_MS = 10_000;

export interface PlayerDbOptions {
  name?: string;
  /** The schema's upgrade steps; their count is the database version. */
  steps?: readonly SchemaStep[];
  blockedWaitMs?: number;
}

/**
 * The player's IndexedDB database, kept open across the browser closing it: a connection the
 * browser terminated (site data cleared, disk trouble) is opened again at the next use, and one
 * that blocks a newer player's upgrade is closed so that the newer version can open.
 */
export class PlayerDb {
  readonly #name: string;
  readonly #steps: readonly SchemaStep[];
  readonly #blockedWaitMs: number;
  #connection: Promise<PlayerConnection> | null = null;
  /** The connection once open: later uses take it without waiting on anything else. */
  #opened: PlayerConnection | null = null;
  #blocked = signal();
  #report: ((message: string) => void) | null = null;
  readonly #unreported: string[] = [];

  constructor(options: PlayerDbOptions = {}) {
    this.#name = options.name ?? PLAYER_DB_NAME;
    this.#steps = options.steps ?? SCHEMA_STEPS;
    this.#blockedWaitMs = options.blockedWaitMs ?? BLOCKED_WAIT_MS;
  }

  /**
   * The open connection. While an older page keeps the database open at an older version, the
   * use fails after a wait (and the next use waits again) rather than holding its caller forever.
   */
  connection(): Promise<PlayerConnection> {
    if (this.#opened) return Promise.resolve(this.#opened);
    this.#connection ??= this.#open();
    const waitedTooLong = this.#blocked.raised.then(
      () =>
        new Promise<never>((_, reject) => setTimeout(reject, this.#blockedWaitMs, blockedError())),
    );
    return Promise.race([this.#connection, waitedTooLong]);
  }

  /** Sends connection problems to `report`, those that happened before it first. */
  reportTo(report: (message: string) => void): void {
    this.#report = report;
    for (const message of this.#unreported.splice(0)) report(message);
  }

  #open(): Promise<PlayerConnection> {
    const forget = () => {
      if (this.#connection !== opening) return;
      this.#connection = null;
      this.#opened = null;
    };
    const opening = openDB<PlayerSchema>(this.#name, this.#steps.length, {
      upgrade: (db, oldVersion, newVersion, tx) => {
        // A failed step fails the open itself: that is where the failure is handled.
        tx.done.catch(() => undefined);
        upgradeFrom(this.#steps, db, oldVersion, newVersion ?? this.#steps.length, tx);
      },
      blocked: () => {
        this.#say('storage: waiting for another player page to close the database');
        this.#blocked.raise();
      },
      blocking: (_old, _new, event) => {
        (event.target as IDBDatabase).close();
        forget();
        this.#say('storage: closed the database for a newer player version');
      },
      terminated: () => {
        forget();
        this.#say('storage: the browser closed the database; it opens again at the next use');
      },
    });
    opening.then((db) => {
      if (this.#connection === opening) this.#opened = db;
      this.#blocked = signal();
    }, forget);
    return opening;
  }

  #say(message: string): void {
    if (this.#report) this.#report(message);
    else this.#unreported.push(message);
  }
}

/** A promise raised once (Promise.withResolvers is newer than the TV boxes' browsers). */
function signal(): { raised: Promise<void>; raise: () => void } {
  let raise = () => {};
  const raised = new Promise<void>((resolve) => {
    raise = resolve;
  });
  return { raised, raise };
}

function blockedError(): Error {
  return new Error('storage: another player page keeps an older database version open');
}

/** Opens the player's database, ready for use. */
export async function openPlayerDb(options: PlayerDbOptions = {}): Promise<PlayerDb> {
  const db = new PlayerDb(options);
  await db.connection();
  return db;
}
