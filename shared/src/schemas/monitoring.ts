// Admin API answers only (the player never imports them): classic zod keeps their descriptions.
import { z } from 'zod';

/**
 * `online`: in touch and up to date; `offline`: silent while it should be on; `off`: off on
 * schedule (not a failure); `stale`: in touch but still on an older manifest; `unknown`: never
 * heard from.
 */
export const SCREEN_STATES = ['online', 'offline', 'off', 'stale', 'unknown'] as const;
export type ScreenState = (typeof SCREEN_STATES)[number];

export const SCREEN_FLAGS = ['storage_low', 'clock_untrusted', 'errors'] as const;
export type ScreenFlag = (typeof SCREEN_FLAGS)[number];

const NamedSchema = z.object({ id: z.string(), name: z.string() });

/** One screen as `GET /api/monitoring/screens` reports it. */
export const ScreenStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  location: z.string(),
  groupIds: z.array(z.string()),
  state: z.enum(SCREEN_STATES),
  /** When the screen entered this state (null: never recorded). */
  since: z.string().nullable(),
  flags: z.array(z.enum(SCREEN_FLAGS)),
  lastSeenAt: z.string().nullable(),
  appVersion: z.string().nullable(),
  uptimeSeconds: z.number().nullable(),
  reportedVersion: z.string().nullable(),
  currentVersion: z.string().nullable(),
  storage: z.object({ usage: z.number(), quota: z.number(), persisted: z.boolean() }).nullable(),
  errors: z.array(z.string()),
  clockTrusted: z.boolean().nullable(),
  /** What the screen last said it shows (as of `lastSeenAt`). */
  showing: z
    .object({
      state: z.string(),
      slide: NamedSchema.nullable(),
      playlist: NamedSchema.nullable(),
      /** The slide's page on screen, from 0; null when the player did not say. */
      page: z.number().int().nullable(),
    })
    .nullable(),
  /** What the schedule says it should show now. */
  scheduled: z.object({
    state: z.enum(['playing', 'off', 'idle']),
    playlist: NamedSchema.nullable(),
  }),
  openIncidents: z.array(
    z.object({ id: z.string(), kind: z.enum(['offline', 'stale']), startedAt: z.string() }),
  ),
  pendingCommands: z.number().int(),
  /** Proof-of-play records refused as impossible (not stored) since the screen was paired. */
  rejectedPlays: z.number().int(),
});
export type ScreenStatus = z.infer<typeof ScreenStatusSchema>;

/** `GET /api/monitoring/screens`: every screen the user sees, with counts per state. */
export const ScreenStatusListSchema = z.object({
  checkedAt: z.string(),
  counts: z.record(z.enum(SCREEN_STATES), z.number().int()),
  items: z.array(ScreenStatusSchema),
});

const msPerState = z.object({
  online: z.number().int(),
  offline: z.number().int(),
  off: z.number().int(),
  stale: z.number().int(),
  unknown: z.number().int(),
} satisfies Record<ScreenState, z.ZodNumber>);

export const ReportPeriodOutSchema = z.object({
  from: z.string(),
  to: z.string(),
  label: z.string(),
});

/** `GET /api/monitoring/uptime`: uptime per screen over a period. */
export const UptimeReportSchema = z.object({
  period: ReportPeriodOutSchema,
  screens: z.array(
    z.object({
      screen: z.object({ id: z.string(), name: z.string(), location: z.string() }),
      /** The span measured: the period in the screen's zone, cut at the present. */
      from: z.string(),
      to: z.string(),
      ms: msPerState,
      expectedOnMs: z.number().int(),
      upMs: z.number().int(),
      /** upMs / expectedOnMs, 0…1; null when the screen was never expected on. */
      uptime: z.number().nullable(),
    }),
  ),
});
export type UptimeReport = z.infer<typeof UptimeReportSchema>;
