import type { Generated } from 'kysely';

/** Tables whose rows hold one validated resource as JSON, kept in insertion order by `seq`. */
export interface DocumentRow {
  id: string;
  seq: number;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface UserRow {
  id: string;
  login: string;
  password_hash: string;
  role: string;
  created_at: string;
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

export interface PlayRow {
  id: string;
  screen_id: string;
  slide_id: string;
  playlist_id: string | null;
  manifest_version: string;
  started_at: string;
  duration_ms: number;
  received_at: string;
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
}

export interface Database {
  users: UserRow;
  sessions: SessionRow;
  settings: SettingRow;
  media: MediaRow;
  slides: DocumentRow;
  procedures: DocumentRow;
  hotlines: DocumentRow;
  playlists: DocumentRow;
  schedule_entries: DocumentRow;
  screen_groups: ScreenGroupRow;
  screens: ScreenRow;
  screen_group_members: ScreenGroupMemberRow;
  device_tokens: DeviceTokenRow;
  pairings: PairingRow;
  plays: PlayRow;
  audit_log: AuditRow;
}
