import { localized, msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { may } from '../api/signed-in-user.js';
import { decodePrefill } from '../forms/schedule-prefill.js';
import { pageRole } from '../routing/page-access.js';
import type { Route } from '../routing/route.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './approvals-page.js';
import './audit-page.js';
import './dashboard-page.js';
import './holidays-page.js';
import './groups-page.js';
import './hotlines-page.js';
import './media-page.js';
import './playlist-editor.js';
import './playlists-page.js';
import './procedure-editor.js';
import './procedure-import.js';
import './procedures-page.js';
import './queue-page.js';
import './reports-page.js';
import './schedule-editor.js';
import './schedules-page.js';
import './screen-editor.js';
import './screens-page.js';
import './settings-page.js';
import './slide-deck-import.js';
import './slide-editor.js';
import './slides-page.js';
import './user-form.js';
import './users-page.js';

/** Picks the page element for a route; `new` in place of an id opens an empty form. */
@customElement('page-outlet')
@localized()
export class PageOutlet extends LitElement {
  static override styles = sharedStyles;

  @property({ attribute: false }) route: Route = { page: 'dashboard', rest: [] };

  override render() {
    const [first, second] = this.route.rest;
    const id = first === 'new' ? null : (first ?? null);
    // A link or bookmark may lead here although the navigation hides the page for this role.
    if (!may(pageRole(this.route.page))) {
      return html`<p class="alert" role="alert">
        ${msg('Trang này dành cho vai trò khác. Hãy nhờ quản trị viên nếu cần làm việc ở đây.', {
          id: 'shell.notForRole',
        })}
      </p>`;
    }
    switch (this.route.page) {
      case 'dashboard':
        return html`<dashboard-page></dashboard-page>`;
      case 'approvals':
        return html`<approvals-page></approvals-page>`;
      case 'slides':
        if (first === 'pdf') return html`<slide-deck-import></slide-deck-import>`;
        return first
          ? html`<slide-editor .slideId=${id} .newKind=${second ?? 'message'}></slide-editor>`
          : html`<slides-page></slides-page>`;
      case 'media':
        return html`<media-page></media-page>`;
      case 'procedures':
        if (first === 'import') return html`<procedure-import></procedure-import>`;
        return first
          ? html`<procedure-editor .procedureId=${id}></procedure-editor>`
          : html`<procedures-page></procedures-page>`;
      case 'hotlines':
        return html`<hotlines-page></hotlines-page>`;
      case 'playlists':
        return first
          ? html`<playlist-editor .playlistId=${id}></playlist-editor>`
          : html`<playlists-page></playlists-page>`;
      case 'schedules':
        return first
          ? html`<schedule-editor
              .entryId=${id}
              .prefill=${first === 'new' ? decodePrefill(second) : null}
            ></schedule-editor>`
          : html`<schedules-page></schedules-page>`;
      case 'screens':
        return first
          ? html`<screen-editor .screenId=${first}></screen-editor>`
          : html`<screens-page></screens-page>`;
      case 'settings':
        return html`<settings-page></settings-page>`;
      case 'holidays':
        return html`<holidays-page></holidays-page>`;
      case 'users':
        return first
          ? html`<user-form .userId=${id}></user-form>`
          : html`<users-page></users-page>`;
      case 'groups':
        return html`<groups-page></groups-page>`;
      case 'audit':
        return html`<audit-page></audit-page>`;
      case 'reports':
        return html`<reports-page></reports-page>`;
      case 'queue':
        return html`<queue-page></queue-page>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'page-outlet': PageOutlet;
  }
}
