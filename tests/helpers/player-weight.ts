import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PLAYER_DIST = resolve(import.meta.dirname, '../../player/dist');

/** Targets from the benchmarks issue (what a weak TV box downloads and parses); `npm test` holds them. */
export const PLAYER_TARGETS = { scriptsAndStyles: 48 * 1024, serviceWorker: 20 * 1024 } as const;

export interface PlayerWeight {
  /** gzip bytes of the page's JavaScript and CSS (service worker excluded). */
  scriptsAndStyles: number;
  serviceWorker: number;
  fonts: number;
  files: Record<string, number>;
}

/** Measures the built player; throws when it has not been built. */
export function measurePlayerWeight(dist = PLAYER_DIST): PlayerWeight {
  if (!statSync(dist, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`${dist} does not exist: run \`npm run build\` first`);
  }
  const weight: PlayerWeight = { scriptsAndStyles: 0, serviceWorker: 0, fonts: 0, files: {} };
  for (const file of listFiles(dist)) {
    const name = relative(dist, file);
    const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
    const extension = extname(file);
    if (name === 'sw.js') weight.serviceWorker += gzipped;
    else if (extension === '.js' || extension === '.css') weight.scriptsAndStyles += gzipped;
    else if (extension === '.woff2' || extension === '.woff') weight.fonts += gzipped;
    else continue;
    weight.files[name] = gzipped;
  }
  return weight;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
