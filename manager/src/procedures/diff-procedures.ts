import type { Procedure } from '@bangtin/shared';
import { foldHeader, type ParsedProcedure } from './parse-procedure-table.js';

type Incoming = ParsedProcedure;

export interface ProcedureDiff {
  added: Incoming[];
  changed: Array<{ before: Procedure; after: Incoming }>;
  removed: Procedure[];
  unchanged: number;
}

/**
 * What importing a full list changes: procedures match by code where both have one, else by
 * name (without diacritics or case); stored ones the list lacks are removed.
 */
export function diffProcedures(existing: Procedure[], incoming: Incoming[]): ProcedureDiff {
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
  diff.removed = existing.filter((procedure) => !matched.has(procedure.id));
  return diff;
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
