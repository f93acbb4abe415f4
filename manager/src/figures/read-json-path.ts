/**
 * The value at a dotted path (`data.onTime`, `rows.0.value`) of parsed JSON; undefined when a
 * step is missing. Only own properties count, so `constructor` or `__proto__` read nothing.
 */
export function readJsonPath(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
