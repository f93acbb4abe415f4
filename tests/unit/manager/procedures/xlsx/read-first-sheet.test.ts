import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseProcedureXlsx } from '../../../../../manager/src/procedures/parse-procedure-xlsx.js';
import { readFirstSheet } from '../../../../../manager/src/procedures/xlsx/read-first-sheet.js';
import { writeXlsx } from '../../../../helpers/write-xlsx.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of raw parts, for the shapes our own writer does not make. */
function workbookOf(sheetXml: string, sharedStringsXml?: string): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} xmlns:r="${R}"><sheets><sheet name="A" sheetId="1" r:id="rId7"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships><Relationship Id="rId7" Type="${R}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId8" Type="${R}/sharedStrings" Target="strings.xml"/></Relationships>`,
    ),
    'xl/worksheets/data.xml': strToU8(
      `<worksheet ${NS}><sheetData>${sheetXml}</sheetData></worksheet>`,
    ),
    ...(sharedStringsXml
      ? { 'xl/strings.xml': strToU8(`<sst ${NS}>${sharedStringsXml}</sst>`) }
      : {}),
  });
}

const rowsOf = (bytes: Uint8Array) => [...(readFirstSheet(bytes) ?? [])];

describe('reading the first sheet of a workbook', () => {
  it('reads shared strings and numbers, with the sheet row numbers as lines', () => {
    const bytes = writeXlsx([
      {
        name: 'TTHC',
        rows: [
          ['Mã', 'Phí'],
          ['1.001', 50000],
        ],
      },
    ]);
    expect(rowsOf(bytes)).toEqual([
      { cells: ['Mã', 'Phí'], line: 1 },
      { cells: ['1.001', '50000'], line: 2 },
    ]);
  });

  it('reads the first sheet in tab order, not another one', () => {
    const bytes = writeXlsx([
      { name: 'Danh sách', rows: [['first']] },
      { name: 'Ghi chú', rows: [['second']] },
    ]);
    expect(rowsOf(bytes)).toEqual([{ cells: ['first'], line: 1 }]);
  });

  it('leaves missing cells empty and keeps the row numbers of sparse rows', () => {
    const bytes = workbookOf(
      '<row r="2"><c r="B2" t="inlineStr"><is><t>b</t></is></c><c r="D2"><v>4</v></c></row><row r="5"/>',
    );
    expect(rowsOf(bytes)).toEqual([
      { cells: ['', 'b', '', '4'], line: 2 },
      { cells: [], line: 5 },
    ]);
  });

  it('joins rich text runs, leaves out phonetic runs, and decodes escapes', () => {
    const bytes = workbookOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="b"><v>1</v></c></row>',
      '<si><r><rPr><b/></rPr><t>Hộ </t></r><r><t xml:space="preserve">tịch &amp; &#273;ất</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>' +
        '<si><t>Dòng 1_x000D_&#10;Dòng 2 &lt;A&gt;</t></si>',
    );
    expect(rowsOf(bytes)).toEqual([
      { cells: ['Hộ tịch & đất', 'Dòng 1\r\nDòng 2 <A>', 'true'], line: 1 },
    ]);
  });

  it('reads parts written with a namespace prefix', () => {
    const bytes = workbookOf(
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>',
    );
    expect(rowsOf(bytes)).toEqual([{ cells: ['a'], line: 1 }]);
  });

  it('answers null for a zip that is not a workbook', () => {
    expect(readFirstSheet(zipSync({ 'readme.txt': strToU8('hello') }))).toBeNull();
  });
});

describe('parseProcedureXlsx', () => {
  it('reports a workbook without a sheet on line 1', async () => {
    const bytes = Buffer.from(zipSync({ 'readme.txt': strToU8('hello') }));
    expect(await parseProcedureXlsx(bytes)).toEqual({
      procedures: [],
      errors: [{ line: 1, message: 'the workbook has no sheet' }],
    });
  });
});
