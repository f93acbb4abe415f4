import {
  type Account,
  AccountSchema,
  type Playlist,
  type Screen,
  type ScreenGroup,
  ScreenGroupSchema,
  ScreenSchema,
  StoredPlaylistSchema,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { selectField, textField } from '../forms/fields.js';
import { playlistOptions } from '../forms/playlist-options.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { renderTask } from '../render/render-task.js';
import { routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';

interface GroupsData {
  groups: ScreenGroup[];
  screens: Screen[];
  users: Account[];
  playlists: Playlist[];
}

const groupPath = (id: string) => `/api/groups/${encodeURIComponent(id)}`;

/** Screen groups: each with its screens, its default playlist and the people who work on it. */
@customElement('groups-page')
@localized()
export class GroupsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .groups {
        display: grid;
        gap: 1rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.3rem 1rem;
        margin: 0 0 0.75rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  @state() private newName = '';
  @state() private failure: string | null = null;
  @state() private messages: Record<string, string> = {};

  private readonly loader = new Task(this, {
    task: async (_args, { signal }): Promise<GroupsData> => {
      const [groups, screens, users, playlists] = await Promise.all([
        listItems('groups', ScreenGroupSchema, signal),
        listItems('screens', ScreenSchema, signal),
        listItems('users', AccountSchema, signal),
        listItems('playlists', StoredPlaylistSchema, signal),
      ]);
      return { groups, screens, users, playlists };
    },
    args: () => [],
  });

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.failure = null;
    try {
      await api.postOnly('/api/groups', { name: this.newName, defaultPlaylistId: null });
      this.newName = '';
      await this.loader.run();
    } catch (error) {
      this.failure = describeFailure(error);
    }
  }

  private async setPlaylist(group: ScreenGroup, playlistId: string): Promise<void> {
    await this.act(group, async () => {
      await api.putOnly(groupPath(group.id), {
        name: group.name,
        defaultPlaylistId: playlistId || null,
      });
      return msg('Đã lưu.', { id: 'common.saved' });
    });
  }

  private async deleteGroup(group: ScreenGroup): Promise<void> {
    const question = msg('Xoá nhóm này? Các màn hình trong nhóm vẫn giữ nguyên.', {
      id: 'groups.confirmDelete',
    });
    if (!window.confirm(`${question}\n${group.name}`)) return;
    await this.act(group, async () => {
      await api.delete(groupPath(group.id));
      return '';
    });
  }

  private async act(group: ScreenGroup, action: () => Promise<string>): Promise<void> {
    try {
      const message = await action();
      await this.loader.run();
      this.messages = { ...this.messages, [group.id]: message };
    } catch (error) {
      this.messages = { ...this.messages, [group.id]: describeFailure(error) };
    }
  }

  override render() {
    return html`<div class="page-head">
        <h1>${msg('Nhóm màn hình', { id: 'nav.groups' })}</h1>
        <a class="button" href=${routeHref('users')}>${msg('Người dùng', { id: 'nav.users' })}</a>
      </div>
      <form class="card" @submit=${this.create} novalidate>
        ${textField({
          id: 'newGroup',
          label: msg('Tên nhóm mới', { id: 'groups.newName' }),
          value: this.newName,
          required: true,
          onInput: (value) => {
            this.newName = value;
          },
        })}
        ${this.failure ? html`<p class="field-error" role="alert">${this.failure}</p>` : nothing}
        <button class="primary" type="submit">${msg('Thêm nhóm', { id: 'groups.create' })}</button>
      </form>
      ${renderTask(this.loader, (data) => this.renderGroups(data))}`;
  }

  private renderGroups(data: GroupsData) {
    if (data.groups.length === 0) {
      return html`<p class="empty">${msg('Chưa có nhóm nào.', { id: 'groups.none' })}</p>`;
    }
    return html`<div class="groups">${data.groups.map((g) => this.renderGroup(g, data))}</div>`;
  }

  private renderGroup(group: ScreenGroup, data: GroupsData) {
    const screens = data.screens.filter((s) => s.groupIds.includes(group.id));
    const members = data.users.filter((u) => u.groupIds.includes(group.id));
    const message = this.messages[group.id];
    return html`<section class="card" data-group-id=${group.id} aria-label=${group.name}>
      <h2>${group.name}</h2>
      <dl>
        <dt>${msg('Màn hình', { id: 'nav.screens' })}</dt>
        <dd>
          ${
            screens.length === 0
              ? msg('Chưa có', { id: 'groups.noneYet' })
              : screens.map(
                  (s, i) =>
                    html`${i > 0 ? ', ' : ''}<a href=${routeHref('screens', s.id)}>${s.name}</a>`,
                )
          }
        </dd>
        <dt>${msg('Thành viên', { id: 'groups.members' })}</dt>
        <dd>
          ${
            members.length === 0
              ? msg('Chưa có', { id: 'groups.noneYet' })
              : members.map(
                  (u, i) =>
                    html`${i > 0 ? ', ' : ''}<a href=${routeHref('users', u.id)}
                        >${u.name || u.login}</a
                      >`,
                )
          }
        </dd>
      </dl>
      ${selectField({
        id: `playlist-${group.id}`,
        label: msg('Danh sách phát mặc định', { id: 'screen.defaultPlaylist' }),
        hint: msg('Phát trên các màn hình của nhóm khi không có lịch nào.', {
          id: 'groups.playlistHint',
        }),
        value: group.defaultPlaylistId ?? '',
        options: playlistOptions(data.playlists, msg('— Không có —', { id: 'common.none' })),
        onChange: (value) => this.setPlaylist(group, value),
      })}
      ${message ? html`<p role="status">${message}</p>` : nothing}
      <button class="small danger" @click=${() => this.deleteGroup(group)}>
        ${msg('Xoá nhóm', { id: 'groups.delete' })}
      </button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'groups-page': GroupsPage;
  }
}
