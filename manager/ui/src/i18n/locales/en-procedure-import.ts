import { str } from '@lit/localize';

/** English for the procedure import's column mapping, encodings and placeholder cells. */
export const procedureImportTemplates = {
  'import.readAs': 'File read as:',
  'import.complete': 'This file is the complete list',
  'import.completeHint':
    'Only when this is ticked are procedures that the file does not mention removed.',
  'import.errorsSkipped': 'Rows with errors: not imported, nothing removed',
  'import.answerPlaceholders':
    'Look at the cells that seem not filled in and choose how to import them.',
  'import.applySkipping':
    'Applying imports the rows that could be read; rows with errors are skipped and nothing is removed for them.',
  'importEncoding.xlsx': 'Excel workbook (XLSX).',
  'importEncoding.utf8': 'CSV text, UTF-8 encoding.',
  'importEncoding.utf8Bom': 'CSV text, UTF-8 encoding (with a BOM, as Excel saves "CSV UTF-8").',
  'importEncoding.utf16': 'Excel Unicode text (UTF-16), columns separated by tabs.',
  'importEncoding.windows1258':
    'CSV text, Windows-1258 encoding (Excel on Vietnamese Windows). Converted to Unicode.',
  'importFailure.legacyFont': str`The file is typed in the old ${0} font. No reliable converter for the old fonts is available, so this file cannot be read: open it in Excel, convert the font to Unicode (for example with Unikey), then save it as "CSV UTF-8" or XLSX.`,
  'importFailure.notTable':
    'The file is not a CSV table or an XLSX workbook. Save the list from Excel as "CSV UTF-8" or XLSX.',
  'importColumns.title': 'Columns in the file',
  'importColumns.hint':
    'Choose the field each column fills. Next time, a file with the same column names is matched as in the last import.',
  'importColumns.column': 'Column',
  'importColumns.field': 'Fills',
  'importColumns.ignore': '— Leave out —',
  'importColumns.ignored': 'Columns left out (not imported):',
  'importPlaceholders.title': 'Cells that seem not filled in',
  'importPlaceholders.hint': str`${0} cells look like placeholders (PLACEHOLDER, TODO, xxx, …). They do not reach the screens unless someone has looked at them.`,
  'importPlaceholders.field': 'Field',
  'importPlaceholders.value': 'Value',
  'importPlaceholders.question': 'How should these cells be imported?',
  'importPlaceholders.blank': 'Leave these cells empty',
  'importPlaceholders.keep': 'I have looked: import them as written',
};
