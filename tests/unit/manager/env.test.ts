import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../../../manager/src/env.js';

describe('parseEnv', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(parseEnv({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: null,
      publicUrl: 'http://localhost:8080',
      adminPassword: null,
      demoContent: true,
      trustProxy: false,
      maxUploadBytes: 100 * 1024 * 1024,
      logLevel: 'info',
      devicePerMinute: 300,
      pairingCodesPer10Minutes: 100,
      queueCallsPerMinute: 600,
      revisionFloor: 0,
      monitoring: {
        offlineAfterSeconds: 180,
        staleAfterSeconds: 900,
        alertWebhookUrl: null,
        smtpUrl: null,
        alertEmailTo: null,
      },
    });
  });

  it('takes a PostgreSQL DATABASE_URL and refuses any other scheme, naming it', () => {
    const url = 'postgres://bangtin:secret@db.example.vn:5432/bangtin';
    expect(parseEnv({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db/bangtin' })).toThrow(/DATABASE_URL/);
  });

  it('asks for the recipients when SMTP_URL is set, naming ALERT_EMAIL_TO', () => {
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.example.vn:587' })).toThrow(/ALERT_EMAIL_TO/);
  });

  it('derives the public URL from the port and reads booleans and sizes', () => {
    const config = parseEnv({ PORT: '9000', DEMO_CONTENT: 'false', MAX_UPLOAD_MB: '2' });
    expect(config.publicUrl).toBe('http://localhost:9000');
    expect(config.demoContent).toBe(false);
    expect(config.maxUploadBytes).toBe(2 * 1024 * 1024);
  });

  it('rejects a bad port with a message naming PORT', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('names every bad variable at once', () => {
    const error = (() => {
      try {
        parseEnv({ DEMO_CONTENT: 'maybe', PUBLIC_URL: 'not a url', LOG_LEVEL: 'loud' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/DEMO_CONTENT/);
    expect(error?.message).toMatch(/PUBLIC_URL/);
    expect(error?.message).toMatch(/LOG_LEVEL/);
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv({ ADMIN_PASSWORD: '', PORT: '' }).adminPassword).toBeNull();
  });
});
