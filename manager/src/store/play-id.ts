const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A player's play id as stored: a lowercase UUID (what players make) packs into 16 bytes; any
 * other id stays text. SQLite never finds a blob equal to a text, so the two cannot collide.
 */
export function encodePlayId(id: string): Buffer | string {
  return UUID.test(id) ? Buffer.from(id.replaceAll('-', ''), 'hex') : id;
}
