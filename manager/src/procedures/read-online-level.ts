import { ONLINE_LEVELS, type ProcedureInput } from '@bangtin/shared';
import { foldHeader } from './fold-header.js';

type OnlineLevel = NonNullable<ProcedureInput['onlineLevel']>;

/**
 * Levels 3 and 4 of the former scale (Nghị định 43/2011) are the partial and full online services
 * of Nghị định 42/2022/NĐ-CP, Điều 11: "Mức độ 3" → "Một phần", "Mức độ 4" → "Toàn trình".
 */
const FORMER_LEVELS: Record<string, OnlineLevel> = { '3': 'Một phần', '4': 'Toàn trình' };
const FORMER_LEVEL = /^(?:dvc ?(?:tt|truc tuyen) )?(?:muc(?: do)? )?([34])$/;

/** The current online service level a cell names, in today's wording or the former scale's. */
export function readOnlineLevel(text: string): OnlineLevel | null {
  const folded = foldHeader(text);
  const current = ONLINE_LEVELS.find((level) => foldHeader(level) === folded);
  if (current) return current;
  const former = FORMER_LEVEL.exec(folded)?.[1];
  return former ? (FORMER_LEVELS[former] ?? null) : null;
}
