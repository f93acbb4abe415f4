import type { QueueCall } from '@bangtin/shared';

/** Example calls a previewed queue zone shows: the preview has no queue of its own. */
export const SAMPLE_CALLS: QueueCall[] = [
  ['1023', '3'],
  ['2051', '1'],
  ['1022', '2'],
].map(([number, counter], i) => ({
  id: `example-${i}`,
  number: number!,
  counter: counter!,
  service: '',
  action: 'call',
  calledAt: new Date(Date.UTC(2026, 0, 1, 8, 30 - i)).toISOString(),
}));
