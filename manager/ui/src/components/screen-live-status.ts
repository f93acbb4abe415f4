import type { ScreenStatus } from '@bangtin/shared';
import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fetchMonitoredScreens } from '../api/monitoring.js';
import { ScreenStatusFeed } from '../api/screen-status-feed.js';
import { renderTask } from '../render/render-task.js';
import { sharedStyles } from '../styles/shared-styles.js';
import './screen-now-showing.js';

/** The screen page's "now showing" card: the last report, kept live by the monitor's feed. */
@customElement('screen-live-status')
@localized()
export class ScreenLiveStatus extends LitElement {
  static override styles = [sharedStyles];

  @property({ attribute: false }) screenId = '';
  /** The latest status from the feed, newer than what the task loaded. */
  @state() private live: ScreenStatus | null = null;

  private readonly loaded = new Task(this, {
    task: async ([id], { signal }) => {
      const screens = await fetchMonitoredScreens(signal);
      this.live = null;
      return screens.find((screen) => screen.id === id) ?? null;
    },
    args: () => [this.screenId] as const,
  });

  readonly feed = new ScreenStatusFeed(this, (status) => {
    if (status.id === this.screenId) this.live = status;
  });

  override render() {
    return html`<section class="card" aria-labelledby="now-showing-heading">
      <h2 id="now-showing-heading">${msg('Đang phát trên màn hình', { id: 'nowShowing.heading' })}</h2>
      ${renderTask(
        this.loaded,
        (status) => html`<screen-now-showing .status=${this.live ?? status}></screen-now-showing>`,
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screen-live-status': ScreenLiveStatus;
  }
}
