import type { FirstSteps } from '@bangtin/shared';
import { api } from './api-client.js';

export function fetchFirstSteps(signal?: AbortSignal): Promise<FirstSteps> {
  return api.get<FirstSteps>('/api/first-steps', signal);
}
