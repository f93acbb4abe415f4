/**
 * JSON with object keys sorted at every depth, so that equal content always gives equal text
 * (and so an equal hash) whatever order the objects were built in. Arrays keep their order.
 * With `memo`, each object is written once: the manifests of thirty screens share most of their
 * slides and procedures, and a refresh writes them all.
 */
export function canonicalJson(value: unknown, memo?: WeakMap<object, string>): string {
  return write(value, memo) ?? 'null';
}

/** The text of a value, or undefined where JSON leaves it out (undefined, functions). */
function write(value: unknown, memo: WeakMap<object, string> | undefined): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const known = memo?.get(value);
  if (known !== undefined) return known;
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((item) => write(item, memo) ?? 'null').join(',')}]`;
  } else {
    const parts: string[] = [];
    for (const key of sortedKeys(value)) {
      const child = write((value as Record<string, unknown>)[key], memo);
      if (child !== undefined) parts.push(`${JSON.stringify(key)}:${child}`);
    }
    text = `{${parts.join(',')}}`;
  }
  memo?.set(value, text);
  return text;
}

/**
 * Sorted as an object rebuilt from sorted keys would list them (so texts, and versions, match
 * those made before): integer-like keys come first in numeric order, as JavaScript keeps them.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  let integers = 0;
  while (integers < keys.length && isArrayIndex(keys[integers] ?? '')) integers++;
  return integers === 0
    ? keys.sort()
    : [...keys.slice(0, integers), ...keys.slice(integers).sort()];
}

/** Array-index keys (up to 2³² − 2), which objects list first and in ascending order. */
function isArrayIndex(key: string): boolean {
  return /^(0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;
}
