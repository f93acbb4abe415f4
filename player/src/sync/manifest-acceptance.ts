import { type Manifest, ManifestSchema } from '@bangtin/shared';

export type ManifestAcceptance = { ok: true; manifest: Manifest } | { ok: false; reason: string };

/**
 * Parses a manifest with the shared schema; player and manager versions drift, so a body that
 * does not fit is rejected (with a short reason for the heartbeat) rather than half-played.
 */
export function acceptManifest(body: unknown): ManifestAcceptance {
  const parsed = ManifestSchema.safeParse(body);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, reason: `manifest rejected: ${issues.join('; ')}` };
}
