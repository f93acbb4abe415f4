import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../manager/src/manifest/canonical-json.js';

describe('canonicalJson', () => {
  it('gives the same text whatever order the keys were added in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }),
    );
  });

  it('keeps array order', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('round-trips to an equal value for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('is JSON.stringify of the value with its keys sorted, byte for byte', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(JSON.stringify(sortedCopy(value)));
      }),
    );
  });

  it('gives the same text with a memo, also for objects met again', () => {
    fc.assert(
      fc.property(fc.array(fc.object()), (objects) => {
        const memo = new WeakMap<object, string>();
        const value = { first: objects, again: objects, inside: [objects, { objects }] };
        expect(canonicalJson(value, memo)).toBe(canonicalJson(value));
        expect(canonicalJson(value, memo)).toBe(canonicalJson(value));
      }),
    );
  });
});

function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedCopy((value as Record<string, unknown>)[key])]),
  );
}
