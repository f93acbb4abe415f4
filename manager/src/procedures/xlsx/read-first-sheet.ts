import { strFromU8, unzipSync } from 'fflate';
import { readSharedStrings, readSheetRows } from './sheet-rows.js';
import { attribute } from './xml-text.js';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS_TYPE = /\/sharedStrings$/;

/**
 * The first worksheet (in tab order) of an XLSX workbook as rows of cell texts, or null when the
 * workbook has none. Only the parts needed are inflated, each no larger than the size its zip
 * directory declares (`checkZipEntries` bounds those before this is called).
 */
export function readFirstSheet(
  bytes: Uint8Array,
): Iterable<{ cells: string[]; line: number }> | null {
  const index = unzipSync(bytes, {
    filter: (file) => file.name === WORKBOOK || file.name === WORKBOOK_RELS,
  });
  const workbook = part(index, WORKBOOK);
  const targets = relationshipTargets(part(index, WORKBOOK_RELS));
  const firstSheet = /<(?:\w+:)?sheet\b([^>]*)>/.exec(workbook);
  const sheetId = firstSheet ? attribute(firstSheet[1] ?? '', 'r:id') : undefined;
  const sheetPath = sheetId ? targets.byId.get(sheetId) : undefined;
  if (!sheetPath) return null;
  const wanted = new Set([sheetPath, targets.sharedStrings]);
  const parts = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  const sharedStrings = targets.sharedStrings
    ? readSharedStrings(part(parts, targets.sharedStrings))
    : [];
  return readSheetRows(part(parts, sheetPath), sharedStrings);
}

function part(parts: Record<string, Uint8Array>, name: string): string {
  const bytes = parts[name];
  return bytes ? strFromU8(bytes) : '';
}

/** The workbook's relationships: zip paths by id, and the shared strings part's path if any. */
function relationshipTargets(xml: string): { byId: Map<string, string>; sharedStrings?: string } {
  const byId = new Map<string, string>();
  let sharedStrings: string | undefined;
  for (const [, attributes = ''] of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (!id || !target) continue;
    // Targets are relative to xl/, or absolute from the package root.
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    byId.set(id, path);
    if (SHARED_STRINGS_TYPE.test(attribute(attributes, 'Type') ?? '')) sharedStrings = path;
  }
  return { byId, ...(sharedStrings ? { sharedStrings } : {}) };
}
