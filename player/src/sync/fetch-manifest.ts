import type { ApiClient } from './api-client.js';
import { ApiError } from './api-error.js';

export type ManifestAnswer = { status: 'unchanged' } | { status: 'changed'; body: unknown };

/** Asks for the screen's manifest, conditionally on the version held (`If-None-Match`). */
export async function fetchManifest(
  api: ApiClient,
  currentVersion: string | null,
): Promise<ManifestAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (currentVersion) headers['If-None-Match'] = `"${currentVersion}"`;
  const response = await api.request('/api/device/manifest', { headers });
  if (response.status === 304) return { status: 'unchanged' };
  if (!response.ok) throw await ApiError.from(response);
  return { status: 'changed', body: await response.json() };
}
