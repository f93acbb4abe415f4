import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Gives every body cell of the host's tables its column's heading as `data-label`, so that on a
 * phone, where the shared styles turn each row into a card, every value keeps its name. Tables
 * marked `.grid` (the week view) keep their columns and scroll inside their own box instead.
 */
export class TableCellLabels implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    for (const table of this.host.renderRoot.querySelectorAll('table:not(.grid)')) {
      const headings = [...table.querySelectorAll('thead th')].map(
        (th) => th.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      );
      for (const row of table.querySelectorAll('tbody tr')) {
        [...row.children].forEach((cell, index) => {
          const label = headings[index] ?? '';
          if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
        });
      }
    }
  }
}
