import { localized, msg } from '@lit/localize';
import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ScreenUptime } from '../api/monitoring.js';
import { intlLocale } from '../i18n/locale.js';

const WIDTH = 600;
const ROW = 28;
const LABEL = 180;
const VALUE = 64;

function percent(share: number): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

/** Green from 95 %, amber from 80 %, red below: the thresholds the report page uses. */
function band(share: number): 'good' | 'fair' | 'poor' {
  if (share >= 0.95) return 'good';
  return share >= 0.8 ? 'fair' : 'poor';
}

/** Uptime per screen as inline SVG horizontal bars. */
@customElement('uptime-chart')
@localized()
export class UptimeChart extends LitElement {
  static override styles = css`
    svg {
      width: 100%;
      height: auto;
      display: block;
    }
    text {
      font: 13px system-ui, sans-serif;
      fill: #1b2430;
    }
    .track {
      fill: #eceff3;
    }
    .good {
      fill: #17663a;
    }
    .fair {
      fill: #b26b00;
    }
    .poor {
      fill: #a4221a;
    }
  `;

  @property({ attribute: false }) screens: ScreenUptime[] = [];

  override render() {
    const rows = this.screens;
    const height = Math.max(1, rows.length) * ROW + 4;
    const barWidth = WIDTH - LABEL - VALUE;
    const noData = msg('Chưa có số liệu', { id: 'charts.noData' });
    const summary = rows
      .map((row) => `${row.screen.name}: ${row.uptime === null ? noData : percent(row.uptime)}`)
      .join('; ');
    return html`<svg
      viewBox="0 0 ${WIDTH} ${height}"
      role="img"
      aria-label=${`${msg('Thời gian hoạt động', { id: 'charts.uptime' })}: ${summary}`}
    >
      ${rows.map((row, index) => {
        const y = index * ROW + 4;
        const share = row.uptime;
        return svg`<text x=${LABEL - 8} y=${y + 15} text-anchor="end">${row.screen.name}</text>
          <rect class="track" x=${LABEL} y=${y} width=${barWidth} height=${ROW - 8}></rect>
          ${
            share === null
              ? ''
              : svg`<rect class=${band(share)} x=${LABEL} y=${y}
                  width=${barWidth * Math.min(1, Math.max(0, share))} height=${ROW - 8}></rect>`
          }
          <text x=${WIDTH - 4} y=${y + 15} text-anchor="end">${share === null ? '—' : percent(share)}</text>`;
      })}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'uptime-chart': UptimeChart;
  }
}
