import type { ScreenFlag, ScreenState } from '@bangtin/shared';
/** What the manager knows about one screen at one instant. */
export interface ScreenFacts {
  lastSeenAt: number | null;
  reportedVersion: string | null;
  currentVersion: string | null;
  /** When the manager first had `currentVersion` (epoch ms). */
  currentVersionSince: number | null;
  storage: { usage: number; quota: number } | null;
  errors: readonly string[];
  clockTrusted: boolean | null;
  /** Whether the schedule has the screen off at an instant (the shared resolver). */
  isScheduledOff(at: number): boolean;
}

export interface AssessLimits {
  offlineAfterMs: number;
  staleAfterMs: number;
  storageWarnRatio: number;
}

export interface Assessment {
  state: ScreenState;
  flags: ScreenFlag[];
  /** Heard from within the offline limit. */
  inContact: boolean;
  /** In contact but behind the current manifest for longer than the stale limit. */
  behind: boolean;
}

/** Judges a screen from its last heartbeat and its schedule; pure, `now` is given. */
export function assessScreen(facts: ScreenFacts, now: number, limits: AssessLimits): Assessment {
  const inContact = facts.lastSeenAt !== null && now - facts.lastSeenAt <= limits.offlineAfterMs;
  const behind =
    inContact &&
    facts.currentVersion !== null &&
    facts.reportedVersion !== facts.currentVersion &&
    facts.currentVersionSince !== null &&
    now - facts.currentVersionSince > limits.staleAfterMs;
  return {
    state: stateOf(facts, now, limits, inContact, behind),
    flags: flagsOf(facts, limits),
    inContact,
    behind,
  };
}

function stateOf(
  facts: ScreenFacts,
  now: number,
  limits: AssessLimits,
  inContact: boolean,
  behind: boolean,
): ScreenState {
  if (facts.isScheduledOff(now)) return 'off';
  if (facts.lastSeenAt === null) return 'unknown';
  if (!inContact) {
    // Just switched on by the schedule: give it the offline limit to boot and report.
    return facts.isScheduledOff(now - limits.offlineAfterMs) ? 'off' : 'offline';
  }
  return behind ? 'stale' : 'online';
}

function flagsOf(facts: ScreenFacts, limits: AssessLimits): ScreenFlag[] {
  const flags: ScreenFlag[] = [];
  const { storage } = facts;
  if (storage && storage.quota > 0 && storage.usage / storage.quota >= limits.storageWarnRatio) {
    flags.push('storage_low');
  }
  if (facts.clockTrusted === false) flags.push('clock_untrusted');
  if (facts.errors.length > 0) flags.push('errors');
  return flags;
}
