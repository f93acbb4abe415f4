import { css } from 'lit';

/** Colours, buttons, form fields and tables shared by every page of the admin app. */
export const sharedStyles = css`
  :host {
    --c-text: #1b2430;
    --c-muted: #4a5565;
    --c-border: #6b7686;
    --c-line: #d5dae1;
    --c-surface: #ffffff;
    --c-page: #f3f5f8;
    --c-primary: #0b5cad;
    --c-primary-dark: #084684;
    --c-danger: #a4221a;
    --c-danger-bg: #fdecea;
    --c-ok: #17663a;
    --c-ok-bg: #e6f4ea;
    --c-focus: #0b5cad;
    color: var(--c-text);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h1 {
    font-size: 1.6rem;
    margin: 0 0 1rem;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.2rem;
    margin: 1.5rem 0 0.75rem;
  }

  a {
    color: var(--c-primary);
  }

  :focus-visible {
    outline: 3px solid var(--c-focus);
    outline-offset: 2px;
  }

  button,
  .button {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.5rem;
    padding: 0.4rem 1rem;
    border-radius: 6px;
    border: 1px solid var(--c-primary);
    background: var(--c-surface);
    color: var(--c-primary);
    cursor: pointer;
    text-decoration: none;
  }

  button.primary,
  .button.primary {
    background: var(--c-primary);
    color: #fff;
  }

  button.primary:hover,
  .button.primary:hover {
    background: var(--c-primary-dark);
  }

  button.danger {
    border-color: var(--c-danger);
    color: var(--c-danger);
  }

  /* An urgent action: white on dark red (6.5:1). */
  button.urgent {
    background: #b42318;
    border-color: #b42318;
    color: #fff;
  }
  button.urgent:hover {
    background: #912018;
  }

  button.small {
    min-height: 2rem;
    padding: 0.2rem 0.6rem;
    font-size: 0.9rem;
  }

  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-bottom: 1rem;
  }

  .page-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.75rem;
    margin-bottom: 1rem;
  }

  /* Focused after navigation so reading starts there; it is not a control. */
  h1[tabindex='-1']:focus {
    outline: none;
  }

  .page-head h1 {
    margin: 0;
  }

  .card {
    background: var(--c-surface);
    border: 1px solid var(--c-line);
    border-radius: 8px;
    padding: 1rem 1.25rem;
  }

  .card > h2:first-child {
    margin-top: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: 1rem;
  }

  .field label,
  fieldset legend {
    font-weight: 600;
  }

  input[type='text'],
  input[type='url'],
  input[type='tel'],
  input[type='number'],
  input[type='password'],
  input[type='date'],
  input[type='time'],
  input[type='datetime-local'],
  input[type='search'],
  select,
  textarea {
    font: inherit;
    color: var(--c-text);
    background: var(--c-surface);
    border: 1px solid var(--c-border);
    border-radius: 6px;
    padding: 0.45rem 0.6rem;
    min-height: 2.5rem;
    width: 100%;
  }

  .day-input {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
  }

  .day-input input {
    flex: 1;
    min-width: 0;
  }

  textarea {
    min-height: 6rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--c-danger);
    border-width: 2px;
  }

  .hint {
    color: var(--c-muted);
    font-size: 0.9rem;
    margin: 0;
  }

  .field-error {
    color: var(--c-danger);
    font-weight: 600;
    font-size: 0.92rem;
    margin: 0;
  }

  .alert {
    border-radius: 6px;
    padding: 0.6rem 0.9rem;
    margin: 0 0 1rem;
    background: var(--c-danger-bg);
    color: var(--c-danger);
    border: 1px solid var(--c-danger);
  }

  .alert-text {
    margin: 0;
  }

  .warning {
    border-radius: 6px;
    padding: 0.6rem 0.9rem;
    margin: 0 0 1rem;
    background: #fff4d6;
    color: #5c3b00;
    border: 2px solid #b7791f;
  }

  .badge {
    display: inline-block;
    padding: 0.1rem 0.6rem;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.9rem;
    white-space: nowrap;
  }
  .status-draft {
    background: #eceff3;
    color: #3d4654;
  }
  .status-pending {
    background: #fff4d6;
    color: #6b4a00;
  }
  .status-published {
    background: var(--c-ok-bg);
    color: var(--c-ok);
  }
  .urgent-mark {
    background: #b42318;
    color: #fff;
  }

  .notice {
    border-radius: 6px;
    padding: 0.6rem 0.9rem;
    margin: 0 0 1rem;
    background: var(--c-ok-bg);
    color: var(--c-ok);
    border: 1px solid var(--c-ok);
  }

  fieldset {
    border: 1px solid var(--c-line);
    border-radius: 6px;
    padding: 0.5rem 0.9rem 0.75rem;
    margin: 0 0 1rem;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2rem;
  }

  .check input {
    width: 1.2rem;
    height: 1.2rem;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--c-surface);
  }

  th,
  td {
    text-align: left;
    padding: 0.55rem 0.7rem;
    border-bottom: 1px solid var(--c-line);
    vertical-align: middle;
  }

  th {
    font-weight: 600;
    background: #e9edf2;
  }

  /* On a phone each row becomes a card whose cells carry their column's name (TableCellLabels). */
  @media (max-width: 600px) {
    table:not(.grid),
    table:not(.grid) tbody,
    table:not(.grid) tr,
    table:not(.grid) td {
      display: block;
      width: auto;
    }
    table:not(.grid) thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table:not(.grid) tr {
      border: 1px solid var(--c-line);
      border-radius: 6px;
      margin-bottom: 0.75rem;
    }
    table:not(.grid) td {
      border-bottom: none;
      padding: 0.35rem 0.7rem;
      overflow-wrap: anywhere;
    }
    table:not(.grid) td[data-label]:not([data-label=''])::before {
      content: attr(data-label);
      display: block;
      font-size: 0.85rem;
      font-weight: 600;
      color: var(--c-muted);
    }
  }

  .muted {
    color: var(--c-muted);
  }

  .empty {
    color: var(--c-muted);
    padding: 1rem 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
`;
