import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ownerChoices, visibleGroups } from '../api/owner-groups.js';
import { selectField } from '../forms/fields.js';
import { sharedStyles } from '../styles/shared-styles.js';

const SHARED = '';

/** The label of an owner: its group's name, or "shared" for the whole organisation. */
export const sharedLabel = () => msg('Dùng chung (cả đơn vị)', { id: 'owner.shared' });

/**
 * Which screen group owns the content being edited; shown only when the user has more than one
 * choice. `chosen` is undefined while hidden, so the server's default (the only group) applies.
 */
@customElement('owner-select')
@localized()
export class OwnerSelect extends LitElement {
  static override styles = [sharedStyles];

  /** The stored owner of the item being edited; undefined for a new item. */
  @property({ attribute: false }) value: string | null | undefined;
  @state() private picked: string | null | undefined;

  private readonly choices = new Task(this, {
    task: async () => ({ ids: await ownerChoices(), groups: await visibleGroups() }),
    args: () => [],
  });

  /** The owner to send, or undefined when there is nothing to choose. */
  get chosen(): string | null | undefined {
    const ids = this.choices.value?.ids ?? [];
    if (ids.length <= 1) return undefined;
    return this.picked !== undefined ? this.picked : this.value === undefined ? ids[0] : this.value;
  }

  override render() {
    const loaded = this.choices.value;
    if (!loaded || loaded.ids.length <= 1) return '';
    const name = (id: string | null) =>
      id === null ? sharedLabel() : (loaded.groups.find((g) => g.id === id)?.name ?? id);
    return selectField({
      id: 'owner-group',
      label: msg('Thuộc nhóm màn hình', { id: 'owner.label' }),
      value: this.chosen ?? SHARED,
      options: loaded.ids.map((id) => ({ value: id ?? SHARED, label: name(id) })),
      onChange: (value) => {
        this.picked = value === SHARED ? null : value;
      },
    });
  }
}

/** The stored owner of a loaded item; undefined for a new one. */
export const ownerOf = (
  item: { ownerGroupId?: string | null } | null | undefined,
): string | null | undefined => item?.ownerGroupId;

/** `{ ownerGroupId }` from the host's owner select when it offers a choice, else nothing. */
export function ownerField(host: LitElement): { ownerGroupId?: string | null } {
  const chosen = host.renderRoot.querySelector('owner-select')?.chosen;
  return chosen === undefined ? {} : { ownerGroupId: chosen };
}

declare global {
  interface HTMLElementTagNameMap {
    'owner-select': OwnerSelect;
  }
}
