import type { Procedure } from '@bangtin/shared';
import { foldHeader } from './fold-header.js';
import type { ParsedProcedure } from './parse-procedure-table.js';

type Incoming = ParsedProcedure;

export interface ProcedureDiff {
  added: Incoming[];
  changed: Array<{ before: Procedure; after: Incoming }>;
  removed: Procedure[];
  unchanged: number;
}

/** Whether the file is the complete list, and the rows it holds that could not be read. */
export interface RemovalRule {
  complete: boolean;
  /** Bad rows' codes and names: what they stand for is in the file, so it is never removed. */
  keep: Array<{ code: string | null; name: string | null }>;
}

/**
 * What importing a list changes: procedures match by code where both have one, else by name
 * (without diacritics or case). Only a complete list removes, and only stored procedures that
 * no row of it names, readable or not.
 */
export function diffProcedures(
  existing: Procedure[],
  incoming: Incoming[],
  removal: RemovalRule = { complete: true, keep: [] },
): ProcedureDiff {
  const byKey = new Map(existing.map((procedure) => [matchKey(procedure), procedure]));
  const diff: ProcedureDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  const matched = new Set<string>();
  for (const procedure of incoming) {
    const before = byKey.get(matchKey(procedure));
    if (!before || matched.has(before.id)) {
      diff.added.push(procedure);
      continue;
    }
    matched.add(before.id);
    if (isSame(before, procedure)) diff.unchanged++;
    else diff.changed.push({ before, after: procedure });
  }
  if (!removal.complete) return diff;
  const named = new Set(removal.keep.flatMap(keysOf));
  diff.removed = existing.filter(
    (procedure) => !matched.has(procedure.id) && !keysOf(procedure).some((key) => named.has(key)),
  );
  return diff;
}

/** Every key a bad row could be matched by: its code, and its name. */
function keysOf({ code, name }: { code: string | null; name: string | null }): string[] {
  const keys: string[] = [];
  if (code) keys.push(`code:${code}`);
  if (name) keys.push(`name:${foldHeader(name)}`);
  return keys;
}

function matchKey(procedure: Pick<Procedure, 'code' | 'name'>): string {
  return procedure.code ? `code:${procedure.code}` : `name:${foldHeader(procedure.name)}`;
}

const FIELDS = [
  'code',
  'name',
  'field',
  'agency',
  'level',
  'onlineLevel',
  'timeLimit',
  'fees',
  'portalUrl',
] as const satisfies ReadonlyArray<keyof Incoming>;

function isSame(before: Procedure, after: Incoming): boolean {
  return FIELDS.every((field) => before[field] === after[field]);
}
