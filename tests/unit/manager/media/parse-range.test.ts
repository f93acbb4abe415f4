import { describe, expect, it } from 'vitest';
import { parseRange } from '../../../../manager/src/media/parse-range.js';

describe('parseRange', () => {
  it.each([
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=50-500', { start: 50, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=0-1,5-6', undefined],
    ['items=0-1', undefined],
    ['bytes=9-2', undefined],
    [undefined, undefined],
  ])('reads %s against 100 bytes as %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});
