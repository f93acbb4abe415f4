import { type FirstSteps, FirstStepsSchema } from '@bangtin/shared';
import { api } from './api-client.js';

export function fetchFirstSteps(signal?: AbortSignal): Promise<FirstSteps> {
  return api.get('/api/first-steps', FirstStepsSchema, signal);
}
