import type { Generated } from 'kysely';

/** One id (screen, slide, playlist, manifest version) that plays refer to by a small key. */
export interface PlayRefRow {
  key: Generated<number>;
  kind: 'screen' | 'slide' | 'playlist' | 'version';
  ref: string;
  /** The name when last seen (a deleted slide keeps its title in reports). */
  label: string | null;
  /** A slide's tags when last seen, as JSON. */
  tags: string | null;
}

/** One proof-of-play record, compact: about 40 bytes on disk. */
export interface PlayLogRow {
  /** 16 bytes for a UUID, else the id as text, or marked bytes in PostgreSQL (see play-id.ts). */
  id: Buffer | string;
  screen_key: number;
  slide_key: number;
  /** 0: no playlist. */
  playlist_key: number;
  version_key: number;
  started_ms: number;
  duration_ms: number;
  received_s: number;
  /** 0: stamped by a clock the player did not trust (see migration 007). */
  clock_trusted: Generated<number>;
}

/** Plays summed per local day (days since 1970-01-01 in the screen's zone). */
export interface PlayDayRow {
  day: number;
  screen_key: number;
  slide_key: number;
  playlist_key: number;
  plays: number;
  duration_ms: number;
}

export interface ScreenStateRow {
  id: Generated<number>;
  screen_id: string;
  at: string;
  state: string;
  /** JSON list of conditions (storage_low, clock_untrusted, errors). */
  flags: string;
}

export interface IncidentRow {
  id: string;
  screen_id: string;
  kind: string;
  started_at: string;
  resolved_at: string | null;
}

export interface IncidentDeliveryRow {
  incident_id: string;
  /** `down` or `recovered`. */
  event: string;
  /** `webhook` or `email`. */
  channel: string;
  created_at: string;
  sent_at: string | null;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
}

export interface DeviceCommandRow {
  id: string;
  screen_id: string;
  command: string;
  sent_at: string;
  sent_by: string | null;
  acked_at: string | null;
  ack_status: string | null;
  ack_message: string | null;
}

/** The tables of migration 003. */
export interface MonitoringTables {
  play_refs: PlayRefRow;
  play_log: PlayLogRow;
  play_days: PlayDayRow;
  screen_states: ScreenStateRow;
  incidents: IncidentRow;
  incident_deliveries: IncidentDeliveryRow;
  device_commands: DeviceCommandRow;
}
