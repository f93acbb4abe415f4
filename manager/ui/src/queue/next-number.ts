import type { QueueCall } from '@bangtin/shared';

/** The number a counter's last call gave out, from its calls newest first; null before any. */
export function lastCalledNumber(calls: readonly QueueCall[]): string | null {
  return calls.find((call) => call.action === 'call')?.number ?? null;
}

/**
 * The next number at a counter: its last called number + 1, keeping a prefix and the width
 * ("A009" → "A010"); "1" for the day's first call.
 */
export function nextQueueNumber(calls: readonly QueueCall[]): string {
  const last = lastCalledNumber(calls);
  const match = last === null ? null : /^(.*?)(\d+)$/.exec(last);
  if (!match) return '1';
  const [, prefix = '', digits = ''] = match;
  return `${prefix}${String(Number(digits) + 1).padStart(digits.length, '0')}`;
}
