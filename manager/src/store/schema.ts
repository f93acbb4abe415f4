import type { Generated } from 'kysely';
import type { MonitoringTables } from './monitoring-schema.js';

/** Tables whose rows hold one validated resource as JSON, kept in insertion order by `seq`. */
export interface DocumentRow {
  id: string;
  seq: number;
  body: string;
  created_at: string;
  updated_at: string;
}

/**
 * A document that editors change as a draft (`body`) and approvers publish (`published_body`,
 * null until the first approval); `status` is draft, pending or published.
 */
export interface ReviewedDocumentRow extends DocumentRow {
  status: Generated<string>;
  published_body: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_comment: string | null;
  /** Grows with every change of the draft; an approval names the one it reviewed. */
  revision: Generated<number>;
}

/** Content a screen group owns; null: shared by the whole organisation. */
export interface OwnedRow {
  owner_group_id: Generated<string | null>;
}

export interface UserRow {
  id: string;
  login: string;
  password_hash: string;
  role: string;
  created_at: string;
  name: Generated<string>;
  disabled: Generated<number>;
  must_change_password: Generated<number>;
  /** JSON array of screen group ids; empty means every group. */
  group_ids: Generated<string>;
}

export interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface SettingRow {
  key: string;
  value: string;
}

export interface MediaRow {
  sha256: string;
  name: string;
  type: string;
  bytes: number;
  created_at: string;
  /** Milliseconds; null for pictures and for files uploaded before migration 013. */
  duration_ms: number | null;
}

export interface ScreenGroupRow {
  id: string;
  seq: number;
  name: string;
  default_playlist_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScreenRow {
  id: string;
  seq: number;
  name: string;
  location: string;
  orientation: string;
  layout: string;
  time_zone: string;
  default_playlist_id: string | null;
  /** Null follows the agency setting. */
  ticker_chars_per_second: number | null;
  /** 1 or 0; null follows the agency setting. */
  crossfade: number | null;
  /** JSON of ZonesSchema: the content of the layout's zones besides the main one. */
  zones: string;
  /** 1: queue calls are spoken. */
  speak_calls: number;
  last_seen_at: string | null;
  reported_version: string | null;
  /** The last heartbeat as JSON (what is showing, storage, errors). */
  status: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScreenGroupMemberRow {
  screen_id: string;
  group_id: string;
  position: number;
}

export interface DeviceTokenRow {
  token_hash: string;
  screen_id: string;
  created_at: string;
  revoked_at: string | null;
}

export interface PairingRow {
  id: string;
  code: string;
  pairing_id_hash: string;
  created_at: string;
  expires_at: string;
  screen_id: string | null;
  token_handed: number;
}

export interface AuditRow {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  action: string;
  resource: string;
  resource_id: string;
  before: string | null;
  after: string | null;
  /** The client's address (sign-ins, pairing). */
  address: string | null;
  /** The login a sign-in attempt named, also when no such user exists. */
  login: string | null;
}

export interface HolidayRow {
  id: string;
  /** YYYY-MM-DD, one row per date. */
  date: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface Database extends MonitoringTables {
  users: UserRow;
  sessions: SessionRow;
  settings: SettingRow;
  media: MediaRow & OwnedRow;
  slides: ReviewedDocumentRow & OwnedRow;
  procedures: DocumentRow & OwnedRow;
  hotlines: DocumentRow & OwnedRow;
  playlists: ReviewedDocumentRow & OwnedRow;
  schedule_entries: ReviewedDocumentRow;
  screen_groups: ScreenGroupRow;
  screens: ScreenRow;
  screen_group_members: ScreenGroupMemberRow;
  device_tokens: DeviceTokenRow;
  pairings: PairingRow;
  audit_log: AuditRow;
  holidays: HolidayRow;
  manifest_revisions: ManifestRevisionRow;
  revoked_device_tokens: RevokedDeviceTokenRow;
  served_versions: ServedVersionRow;
  rejected_plays: RejectedPlaysRow;
  integration_keys: IntegrationKeyRow;
  queue_calls: QueueCallRow;
  figure_feeds: FigureFeedRow;
  job_rounds: JobRoundRow;
  change_marks: ChangeMarkRow;
}

/** A mark that moves with every write to a subject (migration 015: 'screens'). */
export interface ChangeMarkRow {
  subject: string;
  mark: string;
}

/** A periodic job run once a round across instances, and when its next round is due. */
export interface JobRoundRow {
  job: string;
  due_at: string;
}

export interface ManifestRevisionRow {
  screen_id: string;
  /** The manifest version the revision was given to. */
  version: string;
  revision: number;
}

/** A token of a deleted screen: its player is told it was revoked. */
export interface RevokedDeviceTokenRow {
  token_hash: string;
  revoked_at: string;
}

export interface ServedVersionRow {
  screen_id: string;
  version: string;
  /** JSON: slide id → the longest it may play, in ms. */
  slides: string;
  first_at: string;
}

export interface RejectedPlaysRow {
  screen_id: string;
  count: number;
  last_at: string;
  last_reason: string;
}

export interface IntegrationKeyRow {
  id: string;
  name: string;
  /** JSON array of counter ids; empty: every counter. */
  counters: string;
  token_hash: string;
  created_at: string;
  created_by: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface QueueCallRow {
  id: string;
  /** The service center's local date, YYYY-MM-DD. */
  day: string;
  /** The local hour of the call, 0–23 (reports count per hour). */
  hour: number;
  number: string;
  counter: string;
  service: string;
  action: string;
  called_at: string;
  key_id: string | null;
  user_id: string | null;
}

/** A figures slide's source and its last reads (see migrations/011-figure-feeds.ts). */
export interface FigureFeedRow {
  slide_id: string;
  source: string;
  figure_values: string | null;
  fetched_at: string | null;
  attempted_at: string | null;
  error: string | null;
  updated_at: string;
}
