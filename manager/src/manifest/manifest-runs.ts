import { createHash } from 'node:crypto';
import { deflateRawSync, constants as zlib } from 'node:zlib';
import { canonicalJson } from './canonical-json.js';
import type { ManifestMemo, SharedRun } from './manifest-memo.js';

/**
 * The manifest's text after its opening brace, in order: a screen's own text, as UTF-8 once (a
 * string would be hashed, then encoded again for each revision, and kept as well as its bytes
 * until the next change), and shared runs.
 */
export type ManifestRun = Uint8Array | SharedRun;

/** Members at least this long are shared runs; shorter ones cost more to keep than to write. */
const SHARED_MIN_CHARS = 1024;

const encoder = new TextEncoder();

/** The canonical JSON of a manifest body (keys sorted at every depth) split into runs. */
export function manifestRuns(body: object, memo: ManifestMemo): ManifestRun[] {
  const runs: ManifestRun[] = [];
  let own = '';
  // The manifest's own keys are names, never integers: a plain sort is the canonical order.
  const keys = Object.keys(body).sort();
  for (const [index, key] of keys.entries()) {
    const value = (body as Record<string, unknown>)[key];
    const text = `${JSON.stringify(key)}:${canonicalJson(value, memo.texts)}`;
    own += index === 0 ? '' : ',';
    if (value !== null && typeof value === 'object' && text.length >= SHARED_MIN_CHARS) {
      runs.push(
        encoder.encode(own),
        memo.run(value, key, () => sharedRun(key, text)),
      );
      own = '';
    } else {
      own += text;
    }
  }
  runs.push(encoder.encode(`${own}}`));
  return runs;
}

/**
 * The manifest's version: the first 32 hex digits of the sha256 of its canonical text, each
 * shared run standing as its name and its own hash (so a 200 KB list is hashed once, not once
 * per screen). Equal content gives an equal version; any change gives another.
 */
export function versionOf(runs: readonly ManifestRun[]): string {
  const hash = createHash('sha256').update('{');
  for (const run of runs) hash.update(run instanceof Uint8Array ? run : run.digest);
  return hash.digest('hex').slice(0, 32);
}

function sharedRun(key: string, text: string): SharedRun {
  const bytes = encoder.encode(text);
  let deflated: Uint8Array | undefined;
  return {
    bytes,
    // Not JSON where a member stands: no member's own text can be mistaken for it.
    digest: `${JSON.stringify(key)}:sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    deflated: () => {
      deflated ??= deflateRawSync(bytes, { finishFlush: zlib.Z_SYNC_FLUSH });
      return deflated;
    },
  };
}
