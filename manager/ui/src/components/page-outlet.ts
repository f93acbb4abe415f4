import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { decodePrefill } from '../forms/schedule-prefill.js';
import type { Route } from '../routing/route.js';
import './approvals-page.js';
import './audit-page.js';
import './dashboard-page.js';
import './groups-page.js';
import './hotlines-page.js';
import './media-page.js';
import './playlist-editor.js';
import './playlists-page.js';
import './procedure-editor.js';
import './procedure-import.js';
import './procedures-page.js';
import './reports-page.js';
import './schedule-editor.js';
import './schedules-page.js';
import './screen-editor.js';
import './screens-page.js';
import './settings-page.js';
import './slide-editor.js';
import './slides-page.js';
import './user-form.js';
import './users-page.js';

/** Picks the page element for a route; `new` in place of an id opens an empty form. */
@customElement('page-outlet')
export class PageOutlet extends LitElement {
  @property({ attribute: false }) route: Route = { page: 'dashboard', rest: [] };

  override render() {
    const [first, second] = this.route.rest;
    const id = first === 'new' ? null : (first ?? null);
    switch (this.route.page) {
      case 'dashboard':
        return html`<dashboard-page></dashboard-page>`;
      case 'approvals':
        return html`<approvals-page></approvals-page>`;
      case 'slides':
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
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'page-outlet': PageOutlet;
  }
}
