import { type Account, AccountSchema, type ScreenGroup, ScreenGroupSchema } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { listItems } from '../api/api-client.js';
import { roleLabel } from '../i18n/people-labels.js';
import { renderTask } from '../render/render-task.js';
import { TableCellLabels } from '../render/table-cell-labels.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** Every account with its role, groups and state; opens one to edit or creates one. */
@customElement('users-page')
@localized()
export class UsersPage extends LitElement {
  /** Names each cell on a phone, where rows become cards. */
  readonly tableLabels = new TableCellLabels(this);

  static override styles = sharedStyles;

  private readonly loader = new Task(this, {
    task: (_args, { signal }) =>
      Promise.all([
        listItems('users', AccountSchema, signal),
        listItems('groups', ScreenGroupSchema, signal),
      ]),
    args: () => [],
  });

  override render() {
    return html`<div class="page-head">
        <h1>${msg('Người dùng', { id: 'nav.users' })}</h1>
        <a class="button primary" href=${routeHref('users', 'new')}>
          ${msg('Thêm người dùng', { id: 'users.create' })}
        </a>
        <a class="button" href=${routeHref('groups')}>
          ${msg('Nhóm màn hình', { id: 'nav.groups' })}
        </a>
      </div>
      ${renderTask(this.loader, ([users, groups]) => this.renderList(users, groups))}`;
  }

  private renderList(users: Account[], groups: ScreenGroup[]) {
    const groupName = new Map(groups.map((g) => [g.id, g.name]));
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${msg('Họ và tên', { id: 'users.name' })}</th>
          <th scope="col">${msg('Tên đăng nhập', { id: 'signIn.login' })}</th>
          <th scope="col">${msg('Vai trò', { id: 'users.role' })}</th>
          <th scope="col">${msg('Nhóm màn hình', { id: 'nav.groups' })}</th>
          <th scope="col">${msg('Trạng thái', { id: 'dashboard.status' })}</th>
        </tr>
      </thead>
      <tbody>
        ${users.map(
          (user) => html`<tr data-user-id=${user.id}>
            <td><a href=${routeHref('users', user.id)}>${user.name || user.login}</a></td>
            <td>${user.login}</td>
            <td>${roleLabel(user.role)}</td>
            <td>
              ${
                user.groupIds.length === 0
                  ? msg('Mọi nhóm', { id: 'users.allGroups' })
                  : user.groupIds.map((id) => groupName.get(id) ?? id).join(', ')
              }
            </td>
            <td>
              ${
                user.disabled
                  ? html`<span class="badge">${msg('Đã khoá', { id: 'users.disabled' })}</span>`
                  : user.mustChangePassword
                    ? msg('Chờ đổi mật khẩu', { id: 'users.mustChange' })
                    : msg('Đang dùng', { id: 'users.active' })
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
    'users-page': UsersPage;
  }
}
