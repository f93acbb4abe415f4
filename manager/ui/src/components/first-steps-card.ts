import { FIRST_STEPS, type FirstStep, type FirstSteps } from '@bangtin/shared';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { fetchFirstSteps } from '../api/first-steps.js';
import { type PageName, routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './player-address.js';

const HIDDEN_KEY = 'bang-tin-first-steps-hidden';

function stepText(step: FirstStep): { label: string; page: PageName; rest: string[] } {
  switch (step) {
    case 'agency':
      return {
        label: msg('Đặt tên cơ quan, dòng phụ đề và dòng chữ chạy', { id: 'steps.agency' }),
        page: 'settings',
        rest: [],
      };
    case 'hotlines':
      return {
        label: msg('Thay các số đường dây nóng mẫu bằng số cơ quan công bố', {
          id: 'steps.hotlines',
        }),
        page: 'hotlines',
        rest: [],
      };
    case 'screen':
      return {
        label: msg('Ghép nối màn hình đầu tiên', { id: 'steps.screen' }),
        page: 'screens',
        rest: [],
      };
    case 'procedures':
      return {
        label: msg('Nhập danh sách thủ tục hành chính của đơn vị', { id: 'steps.procedures' }),
        page: 'procedures',
        rest: ['import'],
      };
    case 'schedule':
      return {
        label: msg('Lên lịch phát theo giờ làm việc', { id: 'steps.schedule' }),
        page: 'schedules',
        rest: [],
      };
  }
}

/** The dashboard's setup guide for a new office, shown until every step is done or it is hidden. */
@customElement('first-steps-card')
@localized()
export class FirstStepsCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-bottom: 1.5rem;
      }
      ol {
        padding-left: 1.5rem;
      }
      li {
        margin: 0.4rem 0;
      }
      li.done {
        color: var(--c-muted);
        text-decoration: line-through;
      }
      player-address {
        margin: 0.5rem 0 0.75rem;
      }
    `,
  ];

  @state() private dismissed = localStorage.getItem(HIDDEN_KEY) === 'true';

  private readonly steps = new Task(this, {
    task: (_args, { signal }) => fetchFirstSteps(signal),
    args: () => [],
  });

  override render() {
    if (this.dismissed) return '';
    // A guide that cannot load is not worth an error on the dashboard: the pages still work.
    const steps = this.steps.value;
    if (!steps || steps.done.length === FIRST_STEPS.length) return '';
    return this.renderSteps(steps);
  }

  private renderSteps(steps: FirstSteps) {
    const left = FIRST_STEPS.length - steps.done.length;
    return html`<section class="card" aria-labelledby="steps-heading">
      <h2 id="steps-heading">${msg('Bắt đầu sử dụng', { id: 'steps.title' })}</h2>
      <p>
        ${msg(str`Còn ${left} / ${FIRST_STEPS.length} bước để bảng tin của đơn vị sẵn sàng.`, {
          id: 'steps.left',
        })}
      </p>
      <ol>
        ${FIRST_STEPS.map((step) => {
          const { label, page, rest } = stepText(step);
          const done = steps.done.includes(step);
          return html`<li class=${done ? 'done' : ''}>
            ${
              done
                ? html`${label}
                  <span class="visually-hidden">${msg('(đã xong)', { id: 'steps.done' })}</span>`
                : html`<a href=${routeHref(page, ...rest)}>${label}</a>`
            }
            ${step === 'screen' && !done ? html`<player-address .player=${steps.player}></player-address>` : ''}
          </li>`;
        })}
      </ol>
      <button
        class="small"
        @click=${() => {
          localStorage.setItem(HIDDEN_KEY, 'true');
          this.dismissed = true;
        }}
      >
        ${msg('Ẩn hướng dẫn này', { id: 'steps.hide' })}
      </button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'first-steps-card': FirstStepsCard;
  }
}
