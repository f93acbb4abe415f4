import { randomUUID } from 'node:crypto';
import type { QueueCall, QueueCallInputSchema } from '@bangtin/shared';
import type { z } from 'zod';
import type { ApiDeps } from '../api/deps.js';
import { type QueueCaller, queueCallsRepository } from '../store/queue-calls.js';
import { centerDayAndHour } from './center-clock.js';

/** How many of today's calls a screen gets when it (re)connects. */
export const SNAPSHOT_CALLS = 50;

/** Stores a call for the day, then sends it to every connected screen. */
export async function recordQueueCall(
  deps: Pick<ApiDeps, 'store' | 'clock' | 'hub'>,
  input: z.output<typeof QueueCallInputSchema>,
  caller: QueueCaller,
): Promise<QueueCall> {
  const now = deps.clock();
  const call: QueueCall = {
    id: randomUUID(),
    number: input.number,
    counter: input.counter,
    service: input.service,
    action: input.action,
    calledAt: new Date(now).toISOString(),
  };
  await queueCallsRepository.insert(deps.store.db, call, centerDayAndHour(now), caller);
  deps.hub.publishQueueCall(call);
  return call;
}

/** Today's latest calls at the service center (at one counter, if given), newest first. */
export function todaysCalls(
  deps: Pick<ApiDeps, 'store' | 'clock'>,
  counter?: string,
): Promise<QueueCall[]> {
  const { day } = centerDayAndHour(deps.clock());
  return queueCallsRepository.latest(deps.store.db, day, SNAPSHOT_CALLS, counter);
}
