import { str } from '@lit/localize';

/** English for the whole-screen previews: the template preview and what a screen shows now. */
export const screenPreviewTemplates = {
  'layoutPreview.caption': 'Layout preview',
  'layoutPreview.title': 'Preview of the layout on the screen',
  'layoutPreview.mainZone': 'Main zone: content from the schedule',
  'nowShowing.heading': 'Showing on the screen now',
  'nowShowing.open': 'View screen',
  'nowShowing.never': 'The screen has not reported yet.',
  'nowShowing.lastSeen': str`last seen ${0}`,
  'nowShowing.reportedAt': str`Reported at ${0}`,
  'nowShowing.off': 'The screen is off on schedule.',
  'nowShowing.nothing': 'No slide is showing.',
  'nowShowing.page': str`, page ${0}`,
  'nowShowing.title': str`What screen ${0} is showing`,
};
