import { type Screen, ScreenSchema } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { formatDateTime } from '../format/format.js';
import { isOnline } from '../format/screen-status.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { orientationLabel } from '../i18n/labels.js';
import { renderTask } from '../render/render-task.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './screen-commands.js';
import './screen-pair-form.js';
import { TableCellLabels } from '../render/table-cell-labels.js';

/** The screens: pair a new one by its code, open one to edit, remove one. */
@customElement('screens-page')
@localized()
export class ScreensPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = [
    sharedStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: 1fr minmax(18rem, 24rem);
        gap: 1.5rem;
        align-items: start;
      }
      td.actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      @media (max-width: 1100px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @state() private rowErrors: Record<string, string> = {};

  private readonly screens = new Task(this, {
    task: (_args, { signal }) => listItems('screens', ScreenSchema, signal),
    args: () => [],
  });

  private async deleteItem(screen: Screen): Promise<void> {
    const question = msg('Xoá màn hình này? Muốn dùng lại sẽ phải ghép nối lại.', {
      id: 'screens.confirmDelete',
    });
    if (!window.confirm(`${question}\n${screen.name}`)) return;
    try {
      await api.delete(`/api/screens/${encodeURIComponent(screen.id)}`);
      await this.screens.run();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [screen.id]: describeFailure(error) };
    }
  }

  override render() {
    return html`<h1>${msg('Màn hình', { id: 'nav.screens' })}</h1>
      <div class="layout">
        <section aria-label=${msg('Danh sách màn hình', { id: 'screens.list' })}>
          ${renderTask(this.screens, (screens) => this.renderList(screens))}
        </section>
        <screen-pair-form @screen-paired=${() => this.screens.run()}></screen-pair-form>
      </div>`;
  }

  private renderList(screens: Screen[]) {
    if (screens.length === 0) {
      return html`<p class="empty">${msg('Chưa có màn hình nào.', { id: 'dashboard.none' })}</p>`;
    }
    const now = Date.now();
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${msg('Tên màn hình', { id: 'screen.name' })}</th>
          <th scope="col">${msg('Vị trí', { id: 'screen.location' })}</th>
          <th scope="col">${msg('Hướng màn hình', { id: 'screen.orientation' })}</th>
          <th scope="col">${msg('Liên lạc gần nhất', { id: 'dashboard.lastSeen' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'common.actions' })}</span></th>
        </tr>
      </thead>
      <tbody>
        ${screens.map(
          (screen) => html`<tr data-screen-id=${screen.id}>
            <td><a href=${routeHref('screens', screen.id)}>${screen.name}</a></td>
            <td>${screen.location}</td>
            <td>${orientationLabel(screen.orientation)}</td>
            <td>
              ${screen.lastSeenAt ? formatDateTime(screen.lastSeenAt) : '—'}
              ${isOnline(screen, now) ? html` · ${msg('Trực tuyến', { id: 'dashboard.up' })}` : ''}
            </td>
            <td class="actions">
              <screen-commands .screenId=${screen.id} .screenName=${screen.name}></screen-commands>
              <button class="small danger" @click=${() => this.deleteItem(screen)}>
                ${msg('Xoá', { id: 'screens.remove' })}
                <span class="visually-hidden">${screen.name}</span>
              </button>
              ${
                this.rowErrors[screen.id]
                  ? html`<p class="field-error" role="alert">${this.rowErrors[screen.id]}</p>`
                  : ''
              }
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screens-page': ScreensPage;
  }
}
