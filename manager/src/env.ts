import { z } from 'zod';

const booleanText = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    /** PostgreSQL instead of the SQLite file in DATA_DIR (media stay in DATA_DIR); instances on one
     * database share the store and tell each other about changes. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'use a postgres://user:password@host:port/database URL')
      .optional(),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    ADMIN_PASSWORD: z.string().min(8, 'use at least 8 characters').max(200).optional(),
    DEMO_CONTENT: booleanText.default(true),
    /** Behind a reverse proxy that sets X-Forwarded-For/-Proto (and strips clients' own). */
    TRUST_PROXY: booleanText.default(false),
    MAX_UPLOAD_MB: z.coerce.number().positive().max(10_000).default(100),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    OFFLINE_AFTER_SECONDS: z.coerce.number().int().min(30).max(86_400).default(180),
    STALE_AFTER_SECONDS: z.coerce.number().int().min(60).max(604_800).default(900),
    DEVICE_REQUESTS_PER_MINUTE: z.coerce.number().int().min(10).max(10_000_000).default(300),
    PAIRING_CODES_PER_10_MINUTES: z.coerce.number().int().min(1).max(1_000_000).default(100),
    QUEUE_CALLS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(600),
    ALERT_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    ALERT_EMAIL_TO: z.string().min(3).max(500).optional(),
    ALERT_EMAIL_FROM: z.string().min(3).max(200).optional(),
    REVISION_FLOOR: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  })
  .refine((env) => !env.SMTP_URL || env.ALERT_EMAIL_TO, {
    path: ['ALERT_EMAIL_TO'],
    message: 'required when SMTP_URL is set (who receives the alerts)',
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL ?? null,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    adminPassword: env.ADMIN_PASSWORD ?? null,
    demoContent: env.DEMO_CONTENT,
    trustProxy: env.TRUST_PROXY,
    maxUploadBytes: Math.floor(env.MAX_UPLOAD_MB * 1024 * 1024),
    logLevel: env.LOG_LEVEL,
    devicePerMinute: env.DEVICE_REQUESTS_PER_MINUTE,
    pairingCodesPer10Minutes: env.PAIRING_CODES_PER_10_MINUTES,
    queueCallsPerMinute: env.QUEUE_CALLS_PER_MINUTE,
    revisionFloor: env.REVISION_FLOOR,
    monitoring: {
      offlineAfterSeconds: env.OFFLINE_AFTER_SECONDS,
      staleAfterSeconds: env.STALE_AFTER_SECONDS,
      alertWebhookUrl: env.ALERT_WEBHOOK_URL ?? null,
      smtpUrl: env.SMTP_URL ?? null,
      alertEmailTo: env.ALERT_EMAIL_TO ?? null,
      ...(env.ALERT_EMAIL_FROM ? { alertEmailFrom: env.ALERT_EMAIL_FROM } : {}),
    },
  }));

export type Config = z.output<typeof EnvSchema>;
export type LogLevel = Config['logLevel'];

/** Thrown for a bad configuration; the message names every offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses configuration from an environment-like record; empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = EnvSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Reads process.env (the only place that does); prints the problem and exits when it is bad. */
export function loadEnv(): Config {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
