const formats = new Map<number, Intl.NumberFormat>();

/**
 * A key figure in Vietnamese notation: dots group thousands, a comma before the decimals
 * (1.234,5), always with `decimals` digits after it.
 */
export function formatFigure(value: number, decimals: number): string {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(decimals, format);
  }
  return format.format(value);
}
