import { createHash, randomBytes } from 'node:crypto';

/** A random secret of 32 bytes, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as this hash, so a copied database hands out no working token. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
