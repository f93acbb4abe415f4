import { createTransport } from 'nodemailer';
import type { AlertChannel } from '../store/incidents.js';
import type { AlertPayload } from './alert-message.js';
import type { MonitoringConfig } from './monitoring-config.js';

/** Sends one alert; rejects when it did not get through (it is then tried again later). */
export type SendAlert = (payload: AlertPayload) => Promise<void>;

const WEBHOOK_TIMEOUT_MS = 10_000;

/** POSTs the payload as JSON; any answer but 2xx counts as a failure. */
export function webhookChannel(url: string): SendAlert {
  return async (payload) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  };
}

/** Mails the message to the configured recipients through the SMTP server. */
export function emailChannel(smtpUrl: string, to: string, from: string): SendAlert {
  const transport = createTransport(smtpUrl);
  return async (payload) => {
    await transport.sendMail({
      from,
      to,
      subject: `[Bảng tin] ${payload.message}`,
      text: `${payload.message}\n\nMã màn hình: ${payload.screen.id}\nMã sự cố: ${payload.incidentId}\n`,
    });
  };
}

/** The channels the configuration turns on. */
export function configuredChannels(config: MonitoringConfig): Map<AlertChannel, SendAlert> {
  const channels = new Map<AlertChannel, SendAlert>();
  if (config.alertWebhookUrl) channels.set('webhook', webhookChannel(config.alertWebhookUrl));
  if (config.smtpUrl && config.alertEmailTo) {
    channels.set('email', emailChannel(config.smtpUrl, config.alertEmailTo, config.alertEmailFrom));
  }
  return channels;
}
