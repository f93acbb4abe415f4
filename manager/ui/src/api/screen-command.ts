import { type DeviceCommand, DeviceCommandSchema } from '@bangtin/shared';
import { api } from './api-client.js';

export type ScreenCommandName = DeviceCommand['command'];

/** Queues `identify` (the screen shows its name big) or `reload` for one screen. */
export function sendScreenCommand(
  screenId: string,
  command: ScreenCommandName,
): Promise<DeviceCommand> {
  const path = `/api/screens/${encodeURIComponent(screenId)}/commands`;
  return api.post(path, { command }, DeviceCommandSchema);
}
