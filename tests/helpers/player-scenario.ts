import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { EditorClient } from './editor-client.js';
import { ADMIN_PASSWORD } from './manager-process.js';
import { pairScreen } from './pair-screen.js';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

export interface Created {
  id: string;
}

export interface StoredMedia {
  sha256: string;
  bytes: number;
  type: string;
}

/** Uploads a fixture file through the editor API (multipart), as the admin UI does. */
export async function uploadFixture(baseUrl: string, name: string): Promise<StoredMedia> {
  const session = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: ADMIN_PASSWORD }),
  });
  const cookie = (session.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const form = new FormData();
  form.append('file', new Blob([readFileSync(join(FIXTURES, name))]), basename(name));
  const response = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    headers: { cookie, origin: baseUrl },
    body: form,
  });
  if (response.status !== 201) throw new Error(`upload ${name}: ${await response.text()}`);
  return (await response.json()) as StoredMedia;
}

export function messageSlide(editor: EditorClient, heading: string): Promise<Created> {
  return editor.post<Created>('/api/slides', { kind: 'message', title: heading, heading });
}

/** A playlist of `slides`, each shown `durationSeconds`. */
export function playlistOf(
  editor: EditorClient,
  name: string,
  slides: readonly Created[],
  durationSeconds: number,
): Promise<Created> {
  return editor.post<Created>('/api/playlists', {
    name,
    items: slides.map((slide) => ({ slideId: slide.id, durationSeconds })),
  });
}

export async function setDefaultPlaylist(editor: EditorClient, playlistId: string): Promise<void> {
  const settings = await editor.get<Record<string, unknown>>('/api/settings');
  await editor.put('/api/settings', { ...settings, defaultPlaylistId: playlistId });
}

/** Pairs a new screen through the API and opens the player with its token, until it plays. */
export async function openPairedPlayer(
  page: Page,
  baseUrl: string,
  editor: EditorClient,
  name: string,
): Promise<{ screenId: string }> {
  const { token, screenId } = await pairScreen(baseUrl, editor, name);
  await page.goto(`${baseUrl}/#token=${token}`);
  await expect(page.locator('player-app[data-state="playing"]')).toBeVisible();
  return { screenId };
}

/** Resolves once a service worker controls the page (media then come from Cache Storage). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** Rows in the manager's plays table for a screen, read from its SQLite file (read-only). */
export function countStoredPlays(dataDir: string, screenId: string): number {
  const db = new Database(join(dataDir, 'bang-tin.db'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT count(*) AS n FROM plays WHERE screen_id = ?').get(screenId) as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}

/** The errors the screen reported in its last heartbeat (the screen row's status column). */
export function reportedErrors(dataDir: string, screenId: string): string[] {
  const db = new Database(join(dataDir, 'bang-tin.db'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT status FROM screens WHERE id = ?').get(screenId) as
      | { status: string | null }
      | undefined;
    const status = row?.status ? (JSON.parse(row.status) as { errors?: string[] }) : {};
    return status.errors ?? [];
  } finally {
    db.close();
  }
}

/** The manifest version the screen last reported. */
export function reportedVersion(dataDir: string, screenId: string): string | null {
  const db = new Database(join(dataDir, 'bang-tin.db'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT reported_version AS v FROM screens WHERE id = ?').get(screenId);
    return (row as { v: string | null } | undefined)?.v ?? null;
  } finally {
    db.close();
  }
}

export interface StageWatch {
  /** Slides swapped in since the watch began. */
  swaps: number;
  /** DOM states seen with no slide in the visible buffer. */
  blanks: number;
}

/**
 * Watches the stage from inside the page: every DOM change is checked for a visible slide (a
 * MutationObserver runs after each change, independent of timers and of page.clock).
 */
export async function watchStage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const stage = document.querySelector('player-app')?.shadowRoot?.querySelector('player-stage');
    if (!stage?.shadowRoot) throw new Error('no stage');
    const watch = { swaps: 0, blanks: 0 };
    (window as unknown as { stageWatch: typeof watch }).stageWatch = watch;
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target === stage && record.attributeName === 'data-slide-id') watch.swaps++;
      }
      const visible = stage.shadowRoot?.querySelector('.buffer.visible');
      if (!visible || visible.childElementCount === 0) watch.blanks++;
    }).observe(stage, { attributes: true, attributeFilter: ['data-slide-id'] });
    new MutationObserver(() => {
      const visible = stage.shadowRoot?.querySelector('.buffer.visible');
      if (!visible || visible.childElementCount === 0) watch.blanks++;
    }).observe(stage.shadowRoot, { subtree: true, childList: true, attributes: true });
  });
}

export function readStageWatch(page: Page): Promise<StageWatch> {
  return page.evaluate(() => (window as unknown as { stageWatch: StageWatch }).stageWatch);
}

/** Proof-of-play records waiting in the player's IndexedDB queue. */
export function queuedPlays(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('bang-tin-player');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('plays').objectStore('plays').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}
