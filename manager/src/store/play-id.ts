import type { StoreDialect } from './dialect/store-dialect.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_BYTES = 16;
/** Never part of UTF-8, so it marks text unmistakably. */
const TEXT_MARK = 0xff;

/**
 * A player's play id as stored: a lowercase UUID (what players make) packs into 16 bytes. Any
 * other id stays text in SQLite (which never finds a blob equal to a text); PostgreSQL's bytea
 * column holds it as marked UTF-8 that is never 16 bytes long, so the two cannot collide there
 * either.
 */
export function encodePlayId(id: string, dialect: StoreDialect = 'sqlite'): Buffer | string {
  if (UUID.test(id)) return Buffer.from(id.replaceAll('-', ''), 'hex');
  if (dialect === 'sqlite') return id;
  const text = Buffer.concat([Buffer.from([TEXT_MARK]), Buffer.from(id, 'utf8')]);
  return text.length === UUID_BYTES ? Buffer.concat([text, Buffer.from([TEXT_MARK])]) : text;
}

/** The player's id back from either store's form (exports carry this, not the bytes). */
export function decodePlayId(stored: Buffer | Uint8Array | string): string {
  if (typeof stored === 'string') return stored;
  const bytes = Buffer.from(stored);
  if (bytes.length === UUID_BYTES) {
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const end = bytes.at(-1) === TEXT_MARK ? bytes.length - 1 : bytes.length;
  return bytes.subarray(1, end).toString('utf8');
}
