/** The screen facts the resolver needs. */
export interface ScheduleScreen {
  id: string;
  groupIds: readonly string[];
  /** IANA zone the entries' local dates and times are read in. */
  timeZone: string;
  /** Played when nothing is scheduled (already resolved screen → group → agency). */
  defaultPlaylistId: string | null;
  /** Local dates (YYYY-MM-DD) the organisation is closed; pass the same array while unchanged. */
  holidays?: readonly string[];
}

export type ResolutionReason = 'interrupt' | 'scheduled' | 'off' | 'default' | 'none';

/** What a screen shows at one instant, and until when that answer holds. */
export interface Resolution {
  /** `off`: blank screen; `idle`: nothing scheduled and no default playlist. */
  state: 'playing' | 'off' | 'idle';
  playlistId: string | null;
  /** The entry that won, or null for the default playlist / idle. */
  entryId: string | null;
  reason: ResolutionReason;
  /** Epoch ms of the next instant the answer may differ; null when it never changes. */
  nextChangeAt: number | null;
  /** Other entries active at the same instant that lost to the winner (for the editor). */
  overlappingEntryIds: string[];
}
