import { localized, msg } from '@lit/localize';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { hasRole, type SessionUser, signOut } from '../api/session.js';
import { DirtyChangedEvent } from '../events/dirty-changed-event.js';
import { SignedOutEvent } from '../events/signed-out-event.js';
import { describeFailure } from '../i18n/describe-failure.js';
import { findPageHeading } from '../render/page-heading.js';
import { pageRole } from '../routing/page-access.js';
import { type PageName, parseRoute, type Route, routeHref } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './language-switch.js';
import './page-outlet.js';
import './password-change.js';

function pageTitles(): Record<PageName, string> {
  return {
    dashboard: msg('Bảng điều khiển', { id: 'nav.dashboard' }),
    approvals: msg('Chờ duyệt', { id: 'nav.approvals' }),
    slides: msg('Trang trình chiếu', { id: 'nav.slides' }),
    media: msg('Kho ảnh và video', { id: 'nav.media' }),
    procedures: msg('Thủ tục hành chính', { id: 'nav.procedures' }),
    hotlines: msg('Đường dây nóng', { id: 'nav.hotlines' }),
    playlists: msg('Danh sách phát', { id: 'nav.playlists' }),
    schedules: msg('Lịch phát', { id: 'nav.schedules' }),
    screens: msg('Màn hình', { id: 'nav.screens' }),
    settings: msg('Cài đặt', { id: 'nav.settings' }),
    holidays: msg('Ngày nghỉ lễ', { id: 'nav.holidays' }),
    users: msg('Người dùng', { id: 'nav.users' }),
    groups: msg('Nhóm màn hình', { id: 'nav.groups' }),
    audit: msg('Nhật ký', { id: 'nav.audit' }),
    reports: msg('Báo cáo', { id: 'nav.reports' }),
    queue: msg('Gọi số', { id: 'nav.queue' }),
  };
}

/**
 * Navigation, header and the current page. Owns the hash route and guards it: leaving a form
 * with unsaved changes asks first.
 */
@customElement('app-shell')
@localized()
export class AppShell extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: 15rem 1fr;
        grid-template-rows: auto 1fr;
        min-height: 100vh;
      }
      header {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 1rem;
        padding: 0.5rem 1rem;
        background: #12355b;
        color: #fff;
      }
      header .brand {
        font-weight: 600;
        font-size: 1.15rem;
        margin-right: auto;
      }
      header :focus-visible,
      nav :focus-visible {
        outline-color: #ffd166;
      }
      header button {
        background: transparent;
        color: #fff;
        border-color: #fff;
      }
      .user {
        font-size: 0.95rem;
      }
      nav {
        background: #1c4775;
        padding: 0.75rem 0;
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        display: block;
        padding: 0.65rem 1.25rem;
        color: #fff;
        text-decoration: none;
        border-left: 4px solid transparent;
      }
      nav a:hover {
        background: #245a93;
      }
      nav a[aria-current='page'] {
        background: #0e2c4d;
        border-left-color: #ffd166;
        font-weight: 600;
      }
      main {
        padding: 1.25rem 1.5rem 3rem;
        min-width: 0;
      }
      .skip-link {
        position: absolute;
        left: 0.5rem;
        top: -3rem;
        z-index: 10;
        padding: 0.5rem 1rem;
        background: #ffd166;
        color: #12355b;
        font-weight: 600;
      }
      .skip-link:focus {
        top: 0.5rem;
      }
      main:focus {
        outline: none;
      }
      .menu-toggle {
        display: none;
      }
      .sign-out-error {
        color: #ffd4d1;
        margin: 0;
      }
      @media (max-width: 900px) {
        :host {
          grid-template-columns: 1fr;
          grid-template-rows: auto auto 1fr;
        }
        .menu-toggle {
          display: inline-flex;
        }
        nav[data-open='false'] {
          display: none;
        }
        .user {
          display: none;
        }
      }
      @media (max-width: 600px) {
        header {
          gap: 0.5rem;
          padding: 0.5rem;
        }
        main {
          padding: 1rem 0.75rem 2.5rem;
        }
      }
    `,
  ];

  @property({ attribute: false }) user: SessionUser | null = null;

  @state() private route: Route = parseRoute(window.location.hash);
  @state() private menuOpen = false;
  @state() private signOutError: string | null = null;
  /** The header's change-password form replaces the page until it is done or cancelled. */
  @state() private passwordOpen = false;
  @state() private passwordChanged = false;

  @query('main') private main!: HTMLElement;

  private readonly dirtySources = new Set<EventTarget>();
  private currentHash = window.location.hash;

  private readonly onHashChange = () => {
    if (window.location.hash === this.currentHash) return;
    if (!this.confirmLeave()) {
      // Back/forward already moved the URL: put it back without another hashchange.
      history.replaceState(null, '', this.currentHash || '#/');
      return;
    }
    this.dirtySources.clear();
    this.currentHash = window.location.hash;
    this.route = parseRoute(this.currentHash);
    this.menuOpen = false;
    this.passwordOpen = false;
    this.passwordChanged = false;
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.dirtySources.size > 0) event.preventDefault();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.addEventListener(DirtyChangedEvent.eventName, (event) => {
      const source = event.composedPath()[0] ?? event.target;
      if (!source) return;
      if (event.dirty) this.dirtySources.add(source);
      else this.dirtySources.delete(source);
    });
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('route')) {
      document.title = `${pageTitles()[this.route.page]} — Bảng tin`;
      // Keyboard and screen-reader users start reading the new page's heading, not the old link.
      if (changed.get('route')) void this.focusHeading();
    }
  }

  /** Focuses the new page's heading once the page has rendered it; the main region otherwise. */
  private async focusHeading(): Promise<void> {
    await new Promise(requestAnimationFrame);
    const heading = findPageHeading(this.main);
    if (!heading) {
      this.main.focus();
      return;
    }
    heading.tabIndex = -1;
    heading.focus();
  }

  private confirmLeave(): boolean {
    if (this.dirtySources.size === 0) return true;
    return window.confirm(
      msg('Bạn có thay đổi chưa lưu. Rời trang này và bỏ các thay đổi đó?', {
        id: 'shell.confirmLeave',
      }),
    );
  }

  private async signOut(): Promise<void> {
    if (!this.confirmLeave()) return;
    this.signOutError = null;
    try {
      await signOut();
      this.dispatchEvent(new SignedOutEvent());
    } catch (error) {
      this.signOutError = describeFailure(error);
    }
  }

  override render() {
    const titles = pageTitles();
    return html`<a
        class="skip-link"
        href="#main"
        @click=${(event: Event) => {
          // The hash is the app's route: move focus without following the link.
          event.preventDefault();
          this.main.focus();
        }}
        >${msg('Bỏ qua phần điều hướng', { id: 'shell.skipToContent' })}</a
      >
      <header>
        <button
          class="menu-toggle small"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          aria-controls="nav"
          @click=${() => {
            this.menuOpen = !this.menuOpen;
          }}
        >
          ${msg('Danh mục', { id: 'shell.menu' })}
        </button>
        <span class="brand">Bảng tin</span>
        <span class="user">${this.user?.login ?? ''}</span>
        <language-switch></language-switch>
        <button
          class="small"
          @click=${() => {
            this.passwordOpen = true;
            this.passwordChanged = false;
          }}
        >
          ${msg('Đổi mật khẩu', { id: 'password.title' })}
        </button>
        <button class="small" @click=${this.signOut}>${msg('Đăng xuất', { id: 'shell.signOut' })}</button>
        ${this.signOutError ? html`<p class="sign-out-error" role="alert">${this.signOutError}</p>` : ''}
      </header>
      <nav id="nav" aria-label=${msg('Mục chính', { id: 'shell.nav' })} data-open=${this.menuOpen}>
        <ul>
          ${(Object.keys(titles) as PageName[])
            .filter((page) => hasRole(this.user, pageRole(page)))
            .map(
              (page) =>
                html`<li>
                <a
                  href=${routeHref(page)}
                  aria-current=${this.route.page === page ? 'page' : 'false'}
                  >${titles[page]}</a
                >
              </li>`,
            )}
        </ul>
      </nav>
      <main id="main" tabindex="-1">${this.passwordOpen ? this.renderPassword() : this.renderPage()}</main>`;
  }

  private renderPassword() {
    return html`<password-change
      @password-changed=${() => {
        this.passwordOpen = false;
        this.passwordChanged = true;
      }}
      @password-change-cancelled=${() => {
        this.passwordOpen = false;
      }}
    ></password-change>`;
  }

  private renderPage() {
    return html`${
      this.passwordChanged
        ? html`<p class="notice" role="status">
          ${msg('Đã đổi mật khẩu.', { id: 'password.changed' })}
        </p>`
        : ''
    }
      ${keyed(
        `${this.route.page}/${this.route.rest.join('/')}`,
        html`<page-outlet .route=${this.route}></page-outlet>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'app-shell': AppShell;
  }
}
