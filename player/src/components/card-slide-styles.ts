import { css } from 'lit';

/**
 * What the card slides (key figures, hotlines) share: a dark slide of cards in a grid under a
 * gold heading, two columns, or one when the fit engine chooses `one-column`. Each slide sets
 * how its cards sit in the free height.
 */
export const cardSlideStyles = css`
  /* Spacing (not type: it has its floors) gives way in a small zone, e.g. a side panel's. */
  :host {
    display: flex;
    flex-direction: column;
    gap: min(calc(32 * var(--u)), 4cqh);
    padding: min(calc(48 * var(--u)), 6cqh) min(calc(64 * var(--u)), 6cqw);
    background: #061a2e;
    color: #ffffff;
  }
  h1 {
    color: #ffd54a;
  }
  .cards {
    flex: 1 1 0;
    min-height: 0;
    overflow: hidden;
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    grid-auto-rows: max-content;
    gap: min(calc(28 * var(--u)), 3.5cqh);
  }
  :host([data-arrangement='one-column']) .cards {
    grid-template-columns: minmax(0, 1fr);
  }
  .card {
    min-width: 0;
    padding: min(calc(24 * var(--u)), 3cqh) min(calc(32 * var(--u)), 4cqw);
    border-radius: calc(20 * var(--u));
    background: #0a2540;
    border: calc(3 * var(--u)) solid #23466e;
    overflow-wrap: anywhere;
  }
  .label {
    font-size: calc(max(32, 40 * var(--fit, 1)) * var(--u));
    font-weight: 600;
  }
`;
