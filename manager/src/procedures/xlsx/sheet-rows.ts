import { attribute, decodeXmlText, stringItemText } from './xml-text.js';

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

/** The shared strings part (`xl/sharedStrings.xml`) as a list, in index order. */
export function readSharedStrings(xml: string): string[] {
  return Array.from(
    xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g),
    (match) => stringItemText(match[1] ?? ''),
  );
}

/**
 * A worksheet's rows, in order, as the text of each cell (empty where a cell is missing); lines
 * are the sheet's row numbers. Numbers keep the digits stored, styles (dates, currencies) are
 * not applied: a procedure list is text.
 */
export function* readSheetRows(
  xml: string,
  sharedStrings: readonly string[],
): Generator<{ cells: string[]; line: number }> {
  let line = 0;
  for (const [, rowAttributes = '', body = ''] of xml.matchAll(ROW)) {
    line = Number(attribute(rowAttributes, 'r') ?? line + 1);
    const cells: string[] = [];
    for (const [, cellAttributes = '', content = ''] of body.matchAll(CELL)) {
      const reference = attribute(cellAttributes, 'r');
      const column = reference ? columnIndex(reference) : cells.length;
      while (cells.length < column) cells.push('');
      cells[column] = cellText(attribute(cellAttributes, 't'), content, sharedStrings);
    }
    yield { cells, line };
  }
}

function cellText(type: string | undefined, content: string, sharedStrings: readonly string[]) {
  if (type === 'inlineStr') return stringItemText(INLINE.exec(content)?.[1] ?? '');
  const value = decodeXmlText(VALUE.exec(content)?.[1] ?? '');
  if (type === 's') return sharedStrings[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'true' : 'false';
  return value;
}

/** `A1` → 0, `AB7` → 27: the column letters of a cell reference, counted from zero. */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}
