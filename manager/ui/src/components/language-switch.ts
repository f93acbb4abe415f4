import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { type AppLocale, changeLocale, currentLocale } from '../i18n/locale.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** Chooses the interface language; the choice is remembered in localStorage. */
@customElement('language-switch')
@localized()
export class LanguageSwitch extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        color: inherit;
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
      }
      select {
        width: auto;
        min-height: 2rem;
        padding: 0.2rem 0.4rem;
      }
    `,
  ];

  override render() {
    const locale = currentLocale();
    return html`<label for="language">${msg('Ngôn ngữ', { id: 'language.label' })}</label>
      <select
        id="language"
        @change=${(event: Event) =>
          changeLocale((event.target as HTMLSelectElement).value as AppLocale)}
      >
        <option value="vi" lang="vi" ?selected=${locale === 'vi'}>Tiếng Việt</option>
        <option value="en" lang="en" ?selected=${locale === 'en'}>English</option>
      </select>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'language-switch': LanguageSwitch;
  }
}
