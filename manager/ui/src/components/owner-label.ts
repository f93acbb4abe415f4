import { localized } from '@lit/localize';
import { Task } from '@lit/task';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { visibleGroups } from '../api/owner-groups.js';
import { sharedLabel } from './owner-select.js';

/** Who owns a piece of content, as a list shows it: a group's name or "shared". */
@customElement('owner-label')
@localized()
export class OwnerLabel extends LitElement {
  @property({ attribute: false }) owner: string | null | undefined;

  private readonly groups = new Task(this, { task: () => visibleGroups(), args: () => [] });

  override render() {
    if (this.owner === undefined) return '';
    if (this.owner === null) return sharedLabel();
    return this.groups.value?.find((g) => g.id === this.owner)?.name ?? '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'owner-label': OwnerLabel;
  }
}
