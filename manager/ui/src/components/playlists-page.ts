import { type Playlist, StoredPlaylistSchema } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { may, mayDelete } from '../api/signed-in-user.js';
import { formatNumber } from '../format/format.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { statusBadge } from '../render/status-badge.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './owner-label.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { ownerOf } from './owner-select.js';

/** All playlists. */
@customElement('playlists-page')
@localized()
export class PlaylistsPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = sharedStyles;

  @state() private rowErrors: Record<string, string> = {};

  private readonly playlists = new Task(this, {
    task: (_args, { signal }) => listItems('playlists', StoredPlaylistSchema, signal),
    args: () => [],
  });

  private async deleteItem(playlist: Playlist): Promise<void> {
    const question = msg('Xoá danh sách phát này?', { id: 'playlists.confirmDelete' });
    if (!window.confirm(`${question}\n${playlist.name}`)) return;
    try {
      await api.delete(`/api/playlists/${encodeURIComponent(playlist.id)}`);
      await this.playlists.run();
    } catch (error) {
      this.rowErrors = { ...this.rowErrors, [playlist.id]: describeFailure(error) };
    }
  }

  override render() {
    return html`<div class="page-head">
        <h1>${msg('Danh sách phát', { id: 'nav.playlists' })}</h1>
        ${
          may('editor')
            ? html`<a class="button primary" href=${routeHref('playlists', 'new')}>
              + ${msg('Danh sách phát mới', { id: 'playlists.new' })}
            </a>`
            : ''
        }
      </div>
      ${renderTask(this.playlists, (playlists) =>
        playlists.length === 0
          ? html`<p class="empty">${msg('Chưa có danh sách phát nào.', { id: 'playlists.none' })}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${msg('Tên', { id: 'common.name' })}</th>
                  <th scope="col">${msg('Trạng thái', { id: 'dashboard.status' })}</th>
                  <th scope="col">${msg('Số trang', { id: 'playlists.itemCount' })}</th>
                  <th scope="col">${msg('Thuộc nhóm', { id: 'owner.column' })}</th>
          <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'common.actions' })}</span></th>
                </tr>
              </thead>
              <tbody>
                ${playlists.map(
                  (playlist) => html`<tr>
                    <td><a href=${routeHref('playlists', playlist.id)}>${playlist.name}</a></td>
                    <td>${statusBadge(playlist.status)}</td>
                    <td>${formatNumber(playlist.items.length)}</td>
            <td><owner-label .owner=${ownerOf(playlist)}></owner-label></td>
                    <td>
                      ${
                        mayDelete(playlist)
                          ? html`<button class="small danger" @click=${() => this.deleteItem(playlist)}>
                        ${msg('Xoá', { id: 'common.delete' })}
                        <span class="visually-hidden">${playlist.name}</span>
                      </button>`
                          : ''
                      }
                      ${
                        this.rowErrors[playlist.id]
                          ? html`<p class="field-error" role="alert">${this.rowErrors[playlist.id]}</p>`
                          : ''
                      }
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'playlists-page': PlaylistsPage;
  }
}
