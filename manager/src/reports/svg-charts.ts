/** Inline SVG charts for the printable report: no script, no font or file from anywhere. */

export interface BarPoint {
  label: string;
  value: number;
}

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const round = (n: number) => Math.round(n * 10) / 10;

/** A step on the value axis that gives about four gridlines: 1, 2 or 5 × 10^n. */
function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? rough;
}

/** Vertical bars over time, labels thinned so they never overlap. */
export function columnChart(
  points: readonly BarPoint[],
  options: { title: string; width?: number; height?: number; format?: (n: number) => string },
): string {
  const width = options.width ?? 680;
  const height = options.height ?? 220;
  const format = options.format ?? ((n: number) => n.toLocaleString('vi-VN'));
  const left = 56;
  const bottom = 28;
  const top = 12;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = niceStep(max);
  const ceiling = Math.ceil(max / step) * step;
  const y = (v: number) => top + plotH - (v / ceiling) * plotH;
  const slot = plotW / Math.max(1, points.length);
  const labelEvery = Math.max(1, Math.ceil(points.length / Math.floor(plotW / 44)));
  const parts: string[] = [];
  for (let v = 0; v <= ceiling; v += step) {
    parts.push(
      `<line x1="${left}" x2="${width - 8}" y1="${round(y(v))}" y2="${round(y(v))}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${round(y(v)) + 4}" text-anchor="end">${escapeXml(format(v))}</text>`,
    );
  }
  points.forEach((point, index) => {
    const x = left + index * slot;
    const barH = (point.value / ceiling) * plotH;
    parts.push(
      `<rect x="${round(x + slot * 0.15)}" y="${round(top + plotH - barH)}" width="${round(slot * 0.7)}" height="${round(barH)}" fill="#1f5fa8"><title>${escapeXml(`${point.label}: ${format(point.value)}`)}</title></rect>`,
    );
    if (index % labelEvery === 0) {
      parts.push(
        `<text x="${round(x + slot / 2)}" y="${height - 10}" text-anchor="middle">${escapeXml(point.label)}</text>`,
      );
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(options.title)}" viewBox="0 0 ${width} ${height}" width="100%" font-size="10" font-family="inherit">${parts.join('')}</svg>`;
}

/** Horizontal bars of shares (0…1), one per row, with the percentage written at the end. */
export function shareBars(
  rows: readonly { label: string; share: number | null }[],
  options: { title: string; width?: number },
): string {
  const width = options.width ?? 680;
  const rowH = 20;
  const labelW = 220;
  const barW = width - labelW - 60;
  const height = rows.length * rowH + 8;
  const parts = rows.map((row, index) => {
    const y = 4 + index * rowH;
    const share = row.share ?? 0;
    const text =
      row.share === null
        ? '—'
        : `${(share * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;
    const colour = share >= 0.95 ? '#2e7d32' : share >= 0.8 ? '#f9a825' : '#c62828';
    return [
      `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end">${escapeXml(row.label)}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${barW}" height="${rowH - 6}" fill="#eee"/>`,
      `<rect x="${labelW}" y="${y + 3}" width="${round(barW * share)}" height="${rowH - 6}" fill="${colour}"/>`,
      `<text x="${labelW + barW + 6}" y="${y + 13}">${escapeXml(text)}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(options.title)}" viewBox="0 0 ${width} ${height}" width="100%" font-size="11" font-family="inherit">${parts.join('')}</svg>`;
}
