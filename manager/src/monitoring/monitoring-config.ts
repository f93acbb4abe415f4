/** How screens are judged and where alerts go (from the environment; see env.ts). */
export interface MonitoringConfig {
  /** No heartbeat for this long, while the screen should be on: offline. */
  offlineAfterSeconds: number;
  /** A screen still on an older manifest this long after the manager's changed: stale. */
  staleAfterSeconds: number;
  /** Storage use at or above this share of the quota is flagged. */
  storageWarnRatio: number;
  /** How often every screen is checked. */
  checkIntervalSeconds: number;
  alertWebhookUrl: string | null;
  /** `smtp://user:pass@host:587` or `smtps://…`; e-mail alerts need it and `alertEmailTo`. */
  smtpUrl: string | null;
  alertEmailTo: string | null;
  alertEmailFrom: string;
}

export const DEFAULT_MONITORING: MonitoringConfig = {
  offlineAfterSeconds: 180,
  staleAfterSeconds: 900,
  storageWarnRatio: 0.9,
  checkIntervalSeconds: 15,
  alertWebhookUrl: null,
  smtpUrl: null,
  alertEmailTo: null,
  alertEmailFrom: 'Bảng tin <bangtin@localhost>',
};
