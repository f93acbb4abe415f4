import type { QueueCall } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { lastCallPerCounter, QueueFeed } from '../../../../player/src/queue/queue-feed.js';

const call = (
  id: string,
  counter: string,
  minute: number,
  action: QueueCall['action'] = 'call',
) => ({
  id,
  number: `10${id}`,
  counter,
  service: '',
  action,
  calledAt: `2026-12-06T08:${String(minute).padStart(2, '0')}:00Z`,
});

describe('lastCallPerCounter', () => {
  it('keeps the newest call of each counter, newest first, and leaves skipped numbers out', () => {
    const calls = [
      call('4', '1', 4, 'skip'),
      call('3', '2', 3),
      call('2', '1', 2),
      call('1', '2', 1),
    ];
    expect(lastCallPerCounter(calls, []).map((c) => c.id)).toEqual(['3', '2']);
  });

  it('shows only the counters asked for', () => {
    const calls = [call('3', '2', 3), call('2', '1', 2)];
    expect(lastCallPerCounter(calls, ['1']).map((c) => c.id)).toEqual(['2']);
  });
});

describe('QueueFeed', () => {
  it('merges a snapshot with calls heard meanwhile, newest first, and is connected after it', () => {
    const feed = new QueueFeed();
    feed.add(call('9', '3', 9));
    feed.snapshot([call('8', '1', 8), call('9', '3', 9)]);
    expect(feed.calls.map((c) => c.id)).toEqual(['9', '8']);
    expect(feed.connected).toBe(true);
  });

  it('tells listeners which call is live, and not a second time for the same call', () => {
    const feed = new QueueFeed();
    const heard: Array<string | null> = [];
    feed.listen((live) => heard.push(live?.id ?? null));
    feed.snapshot([]);
    feed.add(call('1', '1', 1));
    feed.add(call('1', '1', 1));
    feed.disconnected();
    expect(heard).toEqual([null, '1', null]);
    expect(feed.connected).toBe(false);
  });
});
