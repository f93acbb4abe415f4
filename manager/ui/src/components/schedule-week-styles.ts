import { css } from 'lit';

/** The week grid: hour rows, day columns, and the drawn segments laid over them. */
export const weekStyles = css`
  :host {
    display: block;
    --hour: 2.4rem;
    --row: var(--hour);
    --head: 2.4rem;
    --gutter: 3.6rem;
  }
  .toolbar label {
    font-weight: 600;
  }
  .toolbar select {
    width: auto;
    min-width: 14rem;
  }
  .range {
    font-weight: 600;
    margin-left: 0.5rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.2rem;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 0.75rem;
    font-size: 0.9rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    border-radius: 3px;
  }
  .week {
    position: relative;
    background: var(--c-surface);
    border: 1px solid var(--c-line);
    border-radius: 6px;
    user-select: none;
  }
  .grid {
    display: grid;
    grid-template-columns: var(--gutter) repeat(7, 1fr);
    grid-template-rows: var(--head);
    grid-auto-rows: var(--row);
  }
  .grid:focus-within {
    outline: none;
  }
  .row {
    display: contents;
  }
  .head > * {
    height: var(--head);
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: 0.9rem;
    background: #e9edf2;
    border-bottom: 1px solid var(--c-line);
  }
  .row.head {
    grid-row: 1;
  }
  .hour {
    font-size: 0.8rem;
    color: var(--c-muted);
    padding: 0 0.4rem;
    text-align: right;
    line-height: 1;
    border-top: 1px solid var(--c-line);
  }
  [role='gridcell'] {
    border-top: 1px solid var(--c-line);
    border-left: 1px solid var(--c-line);
    cursor: cell;
  }
  .row:not(.on-hour) > * {
    border-top-color: transparent;
  }
  .row:not(.on-hour) > [role='gridcell'] {
    border-top: 1px dotted #e3e7ec;
  }
  .toolbar select.step {
    min-width: 0;
  }
  [role='gridcell']:focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: -3px;
    position: relative;
    z-index: 3;
  }
  .overlay {
    position: absolute;
    top: var(--head);
    left: var(--gutter);
    right: 0;
    bottom: 0;
    display: grid;
    grid-template-columns: repeat(7, 1fr);
    pointer-events: none;
  }
  .day {
    position: relative;
  }
  .piece {
    position: absolute;
    left: 3px;
    right: 3px;
    border-radius: 4px;
    padding: 0.1rem 0.3rem;
    font-size: 0.78rem;
    line-height: 1.2;
    overflow: hidden;
    display: flex;
    flex-direction: column;
    opacity: 0.92;
  }
  .piece strong {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .interrupt,
  .swatch.interrupt {
    background: #b42318;
    color: #fff;
  }
  .scheduled,
  .swatch.scheduled {
    background: #0b5cad;
    color: #fff;
  }
  .default,
  .swatch.default {
    background: #cfe0f3;
    color: #12355b;
  }
  .off,
  .swatch.off {
    background: repeating-linear-gradient(135deg, #3d4654 0 6px, #2a313b 6px 12px);
    color: #fff;
  }
  .piece.overlap,
  .swatch.overlap {
    box-shadow: inset 0 0 0 3px #f5a524;
  }
  .overlap-mark {
    font-weight: 600;
  }
  .piece.is-past {
    opacity: 0.5;
  }
  .past,
  .swatch.past {
    background: repeating-linear-gradient(135deg, rgb(90 100 115 / 22%) 0 4px, transparent 4px 9px);
  }
  .past {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    z-index: 1;
  }
  .swatch.past {
    border: 1px solid var(--c-line);
  }
  .now {
    position: absolute;
    left: 0;
    right: 0;
    border-top: 2px solid #d92d20;
    z-index: 2;
  }
  .now-label {
    position: absolute;
    top: -0.65rem;
    left: 0;
    background: #d92d20;
    color: #fff;
    font-size: 0.7rem;
    font-weight: 600;
    border-radius: 3px;
    padding: 0 0.2rem;
    line-height: 1.2;
  }
  .selection {
    position: absolute;
    left: 0;
    right: 0;
    background: rgb(255 209 102 / 45%);
    border: 2px solid #b7791f;
    z-index: 2;
  }
  .selection-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6rem;
    margin-top: 0.75rem;
  }
  .details {
    margin-top: 1rem;
  }
  .details summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.4rem 0;
  }
`;
