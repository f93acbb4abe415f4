import {
  type Account,
  type AccountCreate,
  AccountCreateSchema,
  AccountSchema,
  type AccountUpdate,
  AccountUpdateSchema,
  ROLES,
  type Role,
  type ScreenGroup,
  ScreenGroupSchema,
} from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, listItems } from '../api/api-client.js';
import { createAccount, resetPassword, signOutEverywhere, updateAccount } from '../api/users.js';
import { EditorController } from '../forms/editor-controller.js';
import {
  errorsFromFailure,
  unplacedErrors,
  type Validation,
  validate,
} from '../forms/field-errors.js';
import { checkbox, checkboxGroup, formAlert, selectField, textField } from '../forms/fields.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { roleLabel } from '../i18n/people-labels.js';
import { renderTask } from '../render/render-task.js';
import { navigate, routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';

const SHOWN = ['login', 'name', 'role', 'groupIds', 'disabled', 'password'];

/** The request a checked draft makes: a new account, or a change to the one edited. */
type AccountRequest = { create: AccountCreate } | { id: string; update: AccountUpdate };

/** What the form edits: the fields of both requests (login and password only when creating). */
interface AccountDraft {
  login: string;
  name: string;
  role: Role;
  groupIds: string[];
  disabled: boolean;
  password: string;
}

const draftOf = ({ login, name, role, groupIds, disabled }: Account): AccountDraft => ({
  login,
  name,
  role,
  groupIds,
  disabled,
  password: '',
});

const EMPTY: AccountDraft = {
  login: '',
  name: '',
  role: 'editor',
  groupIds: [],
  disabled: false,
  password: '',
};

/**
 * One account: create it with an initial password, or change its role, groups and state; reset
 * its password (the new one is shown here once) or end its sessions everywhere.
 */
@customElement('user-form')
@localized()
export class UserForm extends LitElement {
  static override styles = sharedStyles;

  /** Null creates a new account. */
  @property({ attribute: false }) userId: string | null = null;

  @state() private draft: AccountDraft = EMPTY;
  @state() private notice: string | null = null;
  @state() private newPassword: string | null = null;
  @state() private busy = false;

  private readonly editor = new EditorController(this, () => this.draft, {
    check: (): Validation<AccountRequest> => {
      const id = this.userId;
      if (id === null) {
        const checked = validate(AccountCreateSchema, this.draft);
        return checked.ok ? { ok: true, data: { create: checked.data } } : checked;
      }
      const { login: _login, password: _password, ...fields } = this.draft;
      const checked = validate(AccountUpdateSchema, fields);
      return checked.ok ? { ok: true, data: { id, update: checked.data } } : checked;
    },
    submit: (request) =>
      'create' in request
        ? createAccount(request.create)
        : updateAccount(request.id, request.update),
    saved: (saved) => {
      if (this.userId) {
        this.draft = draftOf(saved);
        this.editor.markClean();
        this.notice = msg('Đã lưu.', { id: 'common.saved' });
      } else {
        navigate(routeHref('users'));
      }
    },
    announceInvalid: true,
  });

  private readonly loader = new Task(this, {
    task: async ([id], { signal }) => {
      const groups = await listItems('groups', ScreenGroupSchema, signal);
      if (id) {
        const user = await api.get(`/api/users/${encodeURIComponent(id)}`, AccountSchema, signal);
        this.draft = draftOf(user);
      }
      this.editor.markClean();
      return groups;
    },
    args: () => [this.userId],
  });

  private set<K extends keyof AccountDraft>(key: K, value: AccountDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
    this.editor.fixed(key);
    this.notice = null;
  }

  /** Resetting the password or signing out everywhere: one at a time, refusals on the form. */
  private async run(action: () => Promise<void>): Promise<void> {
    this.editor.failure = null;
    this.notice = null;
    this.busy = true;
    try {
      await action();
    } catch (error) {
      this.editor.errors = errorsFromFailure(error);
      this.editor.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private save(event: SubmitEvent): Promise<void> {
    this.notice = null;
    return this.editor.save(event);
  }

  private reset(): Promise<void> {
    const id = this.userId;
    if (!id) return Promise.resolve();
    const question = msg(
      'Đặt mật khẩu mới cho tài khoản này? Mật khẩu cũ hết hiệu lực và người dùng bị đăng xuất.',
      { id: 'users.confirmReset' },
    );
    if (!window.confirm(question)) return Promise.resolve();
    return this.run(async () => {
      this.newPassword = await resetPassword(id);
    });
  }

  private signOut(): Promise<void> {
    const id = this.userId;
    if (!id) return Promise.resolve();
    return this.run(async () => {
      await signOutEverywhere(id);
      this.notice = msg('Đã đăng xuất tài khoản này trên mọi thiết bị.', {
        id: 'users.signedOut',
      });
    });
  }

  override render() {
    const title = this.userId
      ? msg('Sửa người dùng', { id: 'users.edit' })
      : msg('Thêm người dùng', { id: 'users.create' });
    return html`<h1>${title}</h1>
      <p><a href=${routeHref('users')}>${msg('← Danh sách người dùng', { id: 'users.back' })}</a></p>
      ${renderTask(this.loader, (groups) => this.renderForm(groups))}`;
  }

  private renderForm(groups: ScreenGroup[]) {
    const d = this.draft;
    const isNew = this.userId === null;
    return html`<form class="card" @submit=${this.save} novalidate>
        ${
          isNew
            ? textField({
                id: 'login',
                label: msg('Tên đăng nhập', { id: 'signIn.login' }),
                value: d.login,
                required: true,
                hint: msg('Chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.', {
                  id: 'users.loginHint',
                }),
                error: this.editor.errors.login,
                autocomplete: 'off',
                onInput: (value) => this.set('login', value),
              })
            : html`<p>${msg('Tên đăng nhập', { id: 'signIn.login' })}: <strong>${d.login}</strong></p>`
        }
        ${textField({
          id: 'name',
          label: msg('Họ và tên', { id: 'users.name' }),
          value: d.name,
          error: this.editor.errors.name,
          onInput: (value) => this.set('name', value),
        })}
        ${selectField({
          id: 'role',
          label: msg('Vai trò', { id: 'users.role' }),
          value: d.role,
          hint: msg(
            'Biên tập viên soạn và gửi duyệt; người phê duyệt duyệt và phát; quản trị viên quản lý cả người dùng và cài đặt.',
            { id: 'users.roleHint' },
          ),
          options: ROLES.map((role) => ({ value: role, label: roleLabel(role) })),
          error: this.editor.errors.role,
          onChange: (value) => this.set('role', value as AccountDraft['role']),
        })}
        ${
          groups.length > 0
            ? checkboxGroup({
                id: 'groupIds',
                legend: msg('Nhóm màn hình được làm việc', { id: 'users.groups' }),
                hint: msg('Không chọn nhóm nào: làm việc với mọi màn hình.', {
                  id: 'users.groupsHint',
                }),
                options: groups.map((g) => ({ value: g.id, label: g.name })),
                selected: d.groupIds,
                error: this.editor.errors.groupIds,
                onChange: (selected) => this.set('groupIds', selected),
              })
            : nothing
        }
        ${
          isNew
            ? textField({
                id: 'password',
                label: msg('Mật khẩu ban đầu', { id: 'users.initialPassword' }),
                hint: msg('Ít nhất 8 ký tự. Người dùng phải đổi khi đăng nhập lần đầu.', {
                  id: 'users.initialPasswordHint',
                }),
                type: 'password',
                autocomplete: 'new-password',
                required: true,
                value: d.password,
                error: this.editor.errors.password,
                onInput: (value) => this.set('password', value),
              })
            : checkbox({
                id: 'disabled',
                label: msg('Khoá tài khoản (không đăng nhập được nữa)', { id: 'users.disable' }),
                checked: d.disabled,
                onChange: (checked) => this.set('disabled', checked),
              })
        }
        ${formAlert(this.editor.failure, unplacedErrors(this.editor.errors, SHOWN))}
        ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
        <div class="form-actions">
          <button class="primary" type="submit" ?disabled=${this.busy || this.editor.saving}>
            ${msg('Lưu', { id: 'common.save' })}
          </button>
        </div>
      </form>
      ${isNew ? nothing : this.renderAccess()}`;
  }

  private renderAccess() {
    return html`<section class="card" aria-labelledby="access-title">
      <h2 id="access-title">${msg('Quyền truy cập', { id: 'users.access' })}</h2>
      ${
        this.newPassword
          ? html`<div class="notice">
            <p>
              ${msg('Mật khẩu mới (chỉ hiện lần này, hãy chép lại và trao cho người dùng):', {
                id: 'users.newPassword',
              })}
            </p>
            <p><output class="new-password"><code>${this.newPassword}</code></output></p>
          </div>`
          : nothing
      }
      <div class="toolbar">
        <button type="button" ?disabled=${this.busy} @click=${this.reset}>
          ${msg('Đặt lại mật khẩu', { id: 'users.reset' })}
        </button>
        <button type="button" ?disabled=${this.busy} @click=${this.signOut}>
          ${msg('Đăng xuất khỏi mọi thiết bị', { id: 'users.signOutEverywhere' })}
        </button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'user-form': UserForm;
  }
}
