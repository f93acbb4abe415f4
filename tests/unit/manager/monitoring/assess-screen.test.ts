import { describe, expect, it } from 'vitest';
import {
  assessScreen,
  type ScreenFacts,
} from '../../../../manager/src/monitoring/assess-screen.js';

const MIN = 60_000;
const NOW = Date.parse('2026-03-02T09:00:00Z');
const limits = { offlineAfterMs: 3 * MIN, staleAfterMs: 15 * MIN, storageWarnRatio: 0.9 };

const facts = (overrides: Partial<ScreenFacts> = {}): ScreenFacts => ({
  lastSeenAt: NOW - MIN,
  reportedVersion: 'v2',
  currentVersion: 'v2',
  currentVersionSince: NOW - 60 * MIN,
  storage: { usage: 10, quota: 100 },
  errors: [],
  clockTrusted: true,
  isScheduledOff: () => false,
  ...overrides,
});

/** Off on schedule from 17:00 to 07:00 UTC (a closed office). */
const closedOutside = (at: number) => {
  const hour = new Date(at).getUTCHours();
  return hour >= 17 || hour < 7;
};

describe('assessScreen', () => {
  it.each([
    ['online when heard from a minute ago', facts(), 'online'],
    ['online at exactly the offline limit', facts({ lastSeenAt: NOW - 3 * MIN }), 'online'],
    ['offline just past the limit', facts({ lastSeenAt: NOW - 3 * MIN - 1 }), 'offline'],
    ['unknown when never heard from', facts({ lastSeenAt: null }), 'unknown'],
    [
      'off on schedule even when silent',
      facts({ lastSeenAt: NOW - 600 * MIN, isScheduledOff: () => true }),
      'off',
    ],
    [
      'stale when behind the current manifest past the stale limit',
      facts({ reportedVersion: 'v1', currentVersionSince: NOW - 16 * MIN }),
      'stale',
    ],
    [
      'online while still downloading within the stale limit',
      facts({ reportedVersion: 'v1', currentVersionSince: NOW - 5 * MIN }),
      'online',
    ],
    [
      'offline (not stale) when behind and silent',
      facts({
        reportedVersion: 'v1',
        currentVersionSince: NOW - 60 * MIN,
        lastSeenAt: NOW - 10 * MIN,
      }),
      'offline',
    ],
  ] as const)('is %s', (_name, input, state) => {
    expect(assessScreen(input, NOW, limits).state).toBe(state);
  });

  it('gives a screen the schedule just switched on the offline limit to report', () => {
    const sevenOhTwo = Date.parse('2026-03-02T07:02:00Z');
    const silentAllNight = facts({
      lastSeenAt: Date.parse('2026-03-01T17:00:00Z'),
      isScheduledOff: closedOutside,
    });
    expect(assessScreen(silentAllNight, sevenOhTwo, limits).state).toBe('off');
    expect(assessScreen(silentAllNight, sevenOhTwo + 2 * MIN, limits).state).toBe('offline');
  });

  it('flags storage nearly full, an untrusted clock and reported errors', () => {
    const assessment = assessScreen(
      facts({ storage: { usage: 95, quota: 100 }, clockTrusted: false, errors: ['sync: 500'] }),
      NOW,
      limits,
    );
    expect(assessment.flags).toEqual(['storage_low', 'clock_untrusted', 'errors']);
    expect(assessment.state).toBe('online');
  });
});
