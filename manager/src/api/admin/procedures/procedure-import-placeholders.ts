import type { ProcedureImportField } from '@bangtin/shared';
import type { ReadProcedureTable } from '../../../procedures/read-procedure-file.js';

/** A procedure cannot do without these: a placeholder in them is kept for the admin to fix. */
const REQUIRED: ReadonlySet<ProcedureImportField> = new Set(['name', 'field']);

/** The table's procedures with every cell that looks like a placeholder left empty. */
export function blankPlaceholders(table: ReadProcedureTable): ReadProcedureTable['procedures'] {
  const byLine = new Map<number, ProcedureImportField[]>();
  for (const cell of table.placeholders) {
    if (REQUIRED.has(cell.field)) continue;
    byLine.set(cell.line, [...(byLine.get(cell.line) ?? []), cell.field]);
  }
  return table.procedures.map((procedure) => {
    const fields = byLine.get(procedure.line);
    if (!fields) return procedure;
    return { ...procedure, ...Object.fromEntries(fields.map((field) => [field, null])) };
  });
}
