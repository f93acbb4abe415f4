/** English for the layout templates and their zones. */
export const zoneTemplates = {
  'layout.sidePanel': 'Main + side panel (landscape, 70/30)',
  'layout.queueBand': 'Portrait with a queue band',
  'zone.band': 'Bottom band',
  'zone.side': 'Side panel, top',
  'zone.panel': 'Side panel, bottom',
  'zone.empty': '— Empty —',
  'zone.queue': 'Now serving (queue)',
  'zone.counters': 'Counters shown',
  'zone.countersHint': 'Counters separated by commas; empty shows every counter.',
  'screen.speakCalls': 'Read queue calls aloud (where the screen has a Vietnamese voice)',
  'schedule.layout': 'Layout while this entry plays',
  'schedule.layoutInherit': '— The screen’s own —',
} as const;
