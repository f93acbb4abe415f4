import { str } from '@lit/localize';

/** English for importing a PDF as image slides. */
export const slideDeckTemplates = {
  'slides.fromPdf': 'Import from PDF',
  'deck.title': 'Import slides from a PDF',
  'deck.back': 'Back to slides',
  'deck.orientation': 'Screen',
  'deck.landscape': 'Landscape (1920 × 1080)',
  'deck.portrait': 'Portrait (1080 × 1920)',
  'deck.file': 'PDF file',
  'deck.hint':
    'In PowerPoint or Word, choose Save as → PDF. Each page becomes an image slide; you choose the pages before they are made.',
  'deck.tooLong': str`The file has more than ${0} pages. Split it first.`,
  'deck.notPdf': 'The file is not a PDF, or it is damaged.',
  'deck.untitled': 'Document',
  'deck.page': 'page',
  'deck.reading': 'Reading the PDF…',
  'deck.creating': 'Making the slides',
  'deck.choose': str`Choose pages (${0}/${1})`,
  'deck.pageNumber': str`Page ${0}`,
  'deck.name': 'Slide name',
  'deck.playlist': 'Also make a playlist in page order',
  'deck.seconds': 'Seconds per page',
  'deck.create': str`Make ${0} slides`,
  'deck.created': str`${0} slides made.`,
  'deck.drafts': 'They are drafts: submit them so that an approver lets them play.',
  'deck.playlistMade': 'Playlist',
};
