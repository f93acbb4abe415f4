import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DeviceEvent, QUEUE_TICK_MS, SseHub } from '../../../../manager/src/events/sse-hub.js';

afterEach(() => {
  vi.useRealTimers();
});

const call = (number: string) => ({
  id: number,
  number,
  counter: '1',
  service: '',
  action: 'call' as const,
  calledAt: '2026-12-07T01:00:00.000Z',
});

describe('queue calls on the hub', () => {
  it('sends the calls of one tick to every screen together, in order, within the tick', () => {
    vi.useFakeTimers();
    const hub = new SseHub();
    const received: Record<string, string[]> = { a: [], b: [] };
    for (const screen of ['a', 'b']) {
      hub.subscribe(screen, {
        send: (event: DeviceEvent) => received[screen]?.push(JSON.parse(event.data).number),
        close: () => undefined,
      });
    }
    hub.publishQueueCall(call('1'));
    hub.publishQueueCall(call('2'));
    expect(received.a).toEqual([]);
    vi.advanceTimersByTime(QUEUE_TICK_MS);
    expect(received).toEqual({ a: ['1', '2'], b: ['1', '2'] });
  });

  it('drops unsent calls on shutdown instead of firing after it', () => {
    vi.useFakeTimers();
    const hub = new SseHub();
    const send = vi.fn();
    hub.subscribe('a', { send, close: () => undefined });
    hub.publishQueueCall(call('1'));
    hub.closeAll();
    vi.advanceTimersByTime(QUEUE_TICK_MS);
    expect(send).not.toHaveBeenCalled();
  });
});
