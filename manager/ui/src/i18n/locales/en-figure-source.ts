import { str } from '@lit/localize';

/** English for the figures slide's source form. */
export const figureSourceTemplates = {
  'figureSource.title': 'Automatic figures source',
  'figureSource.hint':
    'The manager reads the figures from this address on a schedule (local network addresses too) and keeps the last good figures when the source fails. Leave a figure’s box empty to keep its hand-entered value.',
  'figureSource.never': 'never read yet',
  'figureSource.lastUpdate': str`Last updated: ${0}`,
  'figureSource.error': str`, error: ${0}`,
  'figureSource.url': 'Source address (http or https)',
  'figureSource.format': 'Format',
  'figureSource.refresh': 'Read again every (minutes, at least 5)',
  'figureSource.decimal': 'Numbers written as text in the source',
  'figureSource.comma': '1.234,5 (decimal comma)',
  'figureSource.point': '1,234.5 (decimal point)',
  'figureSource.save': 'Save the source and read it now',
  'figureSource.refreshNow': 'Read again now',
  'figureSource.remove': 'Remove the source, use hand-entered figures',
  'figureSource.figure': str`Figure ${0}: ${1}`,
  'figureSource.pathHint': 'The path in the JSON, e.g. data.onTime',
  'figureSource.column': 'Column (its name in the header row)',
  'figureSource.row': 'Row',
  'figureSource.rowHint': 'Its number under the header row (1 is the first); empty: the last row.',
} as const;
