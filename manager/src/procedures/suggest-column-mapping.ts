import type { ColumnMapping, ProcedureImportField } from '@bangtin/shared';
import type { RememberedColumns } from '../store/import-columns.js';
import { foldHeader } from './fold-header.js';

/** Mappings an admin chose before, by the folded header: `null` means the column was left out. */

/** Published lists name their columns in many ways; keys are folded headers (see foldHeader). */
const EXACT: Record<string, ProcedureImportField | null> = {
  stt: null,
  tt: null,
  'so tt': null,
  ma: 'code',
  code: 'code',
  'ma so': 'code',
  'ma thu tuc': 'code',
  'ma tthc': 'code',
  'ma thu tuc hanh chinh': 'code',
  ten: 'name',
  name: 'name',
  'ten thu tuc': 'name',
  'ten tthc': 'name',
  'ten thu tuc hanh chinh': 'name',
  'linh vuc': 'field',
  field: 'field',
  'co quan': 'agency',
  agency: 'agency',
  'co quan thuc hien': 'agency',
  'co quan giai quyet': 'agency',
  'don vi thuc hien': 'agency',
  cap: 'level',
  level: 'level',
  'cap thuc hien': 'level',
  'cap giai quyet': 'level',
  'muc do': 'onlineLevel',
  'muc do dvc': 'onlineLevel',
  'muc do dvctt': 'onlineLevel',
  'muc do dich vu cong': 'onlineLevel',
  'muc do dich vu cong truc tuyen': 'onlineLevel',
  'online level': 'onlineLevel',
  'service level': 'onlineLevel',
  'thoi han': 'timeLimit',
  'thoi han giai quyet': 'timeLimit',
  'thoi gian giai quyet': 'timeLimit',
  'time limit': 'timeLimit',
  phi: 'fees',
  fees: 'fees',
  'le phi': 'fees',
  'phi le phi': 'fees',
  'phi va le phi': 'fees',
  'duong dan': 'portalUrl',
  'lien ket': 'portalUrl',
  link: 'portalUrl',
  url: 'portalUrl',
  'portal url': 'portalUrl',
};

/** Headers that say more than the exact ones ("muc do dvc hien tai"): first match wins. */
const CONTAINS: Array<[RegExp, ProcedureImportField]> = [
  [/\bma (thu tuc|tthc)\b/, 'code'],
  [/\bten (thu tuc|tthc)\b/, 'name'],
  [/\blinh vuc\b/, 'field'],
  [/\bmuc do\b|\bdvc ?tt\b|\btruc tuyen\b/, 'onlineLevel'],
  [/\bco quan\b|\bdon vi\b/, 'agency'],
  [/^cap\b/, 'level'],
  [/\bthoi (han|gian)\b/, 'timeLimit'],
  [/\bphi\b/, 'fees'],
  [/\b(duong dan|lien ket|link|url)\b/, 'portalUrl'],
];

/**
 * A field for each header: the one the admin chose last time for that header, else one the
 * header's wording names. A field goes to the first column that claims it; later ones are left out.
 */
export function suggestColumnMapping(
  headers: readonly string[],
  remembered: RememberedColumns = {},
): ColumnMapping {
  const taken = new Set<ProcedureImportField>();
  return headers.map((header) => {
    const folded = foldHeader(header);
    const field = Object.hasOwn(remembered, folded)
      ? (remembered[folded] ?? null)
      : guessField(folded);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

function guessField(folded: string): ProcedureImportField | null {
  if (folded === '') return null;
  if (Object.hasOwn(EXACT, folded)) return EXACT[folded] ?? null;
  return CONTAINS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/** What to remember of a mapping used for an import, merged over what was remembered. */
export function rememberColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
  before: RememberedColumns,
): RememberedColumns {
  const next = { ...before };
  headers.forEach((header, index) => {
    const folded = foldHeader(header);
    if (folded === '') return;
    // Re-inserted so that the newest headers come last (the store trims the oldest).
    delete next[folded];
    next[folded] = mapping[index] ?? null;
  });
  return next;
}
