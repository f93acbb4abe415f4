import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PlaysPoint } from '../api/monitoring.js';
import { formatNumber } from '../format/format.js';

const WIDTH = 600;
const HEIGHT = 200;
const LEFT = 44;
const BOTTOM = 24;
const TOP = 12;

/** Plays per day as an inline SVG bar chart. */
@customElement('plays-chart')
@localized()
export class PlaysChart extends LitElement {
  static override styles = css`
    svg {
      width: 100%;
      height: auto;
      display: block;
    }
    text {
      font: 12px system-ui, sans-serif;
      fill: #1b2430;
    }
    .bar {
      fill: #0b5cad;
    }
    .axis {
      stroke: #6b7686;
    }
  `;

  @property({ attribute: false }) points: PlaysPoint[] = [];

  override render() {
    const points = this.points;
    const total = points.reduce((sum, point) => sum + point.plays, 0);
    const max = Math.max(1, ...points.map((point) => point.plays));
    const plotWidth = WIDTH - LEFT;
    const plotHeight = HEIGHT - TOP - BOTTOM;
    const step = points.length > 0 ? plotWidth / points.length : plotWidth;
    const labelEvery = Math.max(1, Math.ceil(points.length / 10));
    const summary = msg(
      str`Lượt phát theo ngày: tổng ${formatNumber(total)}, cao nhất ${formatNumber(max)} một ngày.`,
      { id: 'charts.playsSummary' },
    );
    return html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${summary}>
      <line class="axis" x1=${LEFT} y1=${TOP + plotHeight} x2=${WIDTH} y2=${TOP + plotHeight}></line>
      <text x=${LEFT - 6} y=${TOP + 4} text-anchor="end">${formatNumber(max)}</text>
      <text x=${LEFT - 6} y=${TOP + plotHeight} text-anchor="end">0</text>
      ${points.map((point, index) => {
        const height = (point.plays / max) * plotHeight;
        const x = LEFT + index * step;
        return svg`<rect class="bar" x=${x + step * 0.15} y=${TOP + plotHeight - height}
            width=${step * 0.7} height=${height}>
            <title>${point.label}: ${formatNumber(point.plays)}</title>
          </rect>
          ${
            index % labelEvery === 0
              ? svg`<text x=${x + step / 2} y=${HEIGHT - 6} text-anchor="middle">${point.label}</text>`
              : ''
          }`;
      })}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plays-chart': PlaysChart;
  }
}
