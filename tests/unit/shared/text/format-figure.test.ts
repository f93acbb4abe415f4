import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../../../shared/src/text/format-figure.js';

describe('formatFigure', () => {
  it.each([
    [1234.5, 1, '1.234,5'],
    [98.5, 1, '98,5'],
    [1234, 0, '1.234'],
    [1234567.891, 2, '1.234.567,89'],
    [7, 2, '7,00'],
    [0.25, 0, '0'],
    [-1500, 0, '-1.500'],
  ])('writes %d with %d decimals as %s', (value, decimals, text) => {
    expect(formatFigure(value, decimals)).toBe(text);
  });
});
