import type { AlertEvent, Incident } from '../store/incidents.js';

/** The screen an alert is about, as named in the message. */
export interface AlertScreen {
  id: string;
  name: string;
  location: string;
  timeZone: string;
}

/** The JSON a webhook receives (and the e-mail's subject and text). */
export interface AlertPayload {
  event: `screen.${AlertEvent}`;
  kind: Incident['kind'];
  incidentId: string;
  screen: { id: string; name: string; location: string };
  startedAt: string;
  resolvedAt: string | null;
  /** One line in Vietnamese, for chat channels and e-mail subjects. */
  message: string;
}

const PROBLEM: Record<Incident['kind'], string> = {
  offline: 'mất kết nối',
  stale: 'chưa cập nhật được nội dung mới',
};

function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}

/** What an alert says about an incident going down or recovering. */
export function alertPayload(
  incident: Incident,
  event: AlertEvent,
  screen: AlertScreen,
): AlertPayload {
  const where = screen.location ? ` (${screen.location})` : '';
  const since = localTime(incident.startedAt, screen.timeZone);
  const message =
    event === 'down'
      ? `Màn hình “${screen.name}”${where} ${PROBLEM[incident.kind]} từ ${since}`
      : `Màn hình “${screen.name}”${where} đã hoạt động trở lại lúc ${localTime(incident.resolvedAt ?? incident.startedAt, screen.timeZone)} (sự cố từ ${since})`;
  return {
    event: `screen.${event}`,
    kind: incident.kind,
    incidentId: incident.id,
    screen: { id: screen.id, name: screen.name, location: screen.location },
    startedAt: incident.startedAt,
    resolvedAt: incident.resolvedAt,
    message,
  };
}
