import type { Target } from '@bangtin/shared';
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { myGroupIds } from '../api/signed-in-user.js';
import { checkbox, checkboxGroup } from './fields.js';

interface Named {
  id: string;
  name: string;
}

export interface TargetFieldsOptions {
  /** Prefix of the inputs' ids, so that two forms on one page stay apart. */
  idPrefix: string;
  legend: string;
  target: Target;
  screens: readonly Named[];
  groups: readonly Named[];
  screensError?: string | undefined;
  groupsError?: string | undefined;
  onChange: (target: Target) => void;
}

/**
 * Where a new entry or notice plays unless changed: every screen, or for an editor limited to
 * some groups, those groups (the server refuses "all screens" from them).
 */
export function defaultTarget(): Target {
  const groupIds = myGroupIds();
  return { all: groupIds.length === 0, screenIds: [], groupIds };
}

/** Where something plays: all screens, or the screens and groups ticked. */
export function targetFields(options: TargetFieldsOptions): TemplateResult {
  const { idPrefix, target, onChange } = options;
  const named = (items: readonly Named[]) =>
    items.map((item) => ({ value: item.id, label: item.name }));
  return html`<fieldset>
    <legend>${options.legend}</legend>
    ${checkbox({
      id: `${idPrefix}-all`,
      label: msg('Tất cả màn hình', { id: 'schedule.allScreens' }),
      checked: target.all,
      onChange: (all) => onChange({ ...target, all }),
    })}
    ${
      target.all
        ? ''
        : html`${checkboxGroup({
            id: `${idPrefix}-screens`,
            legend: msg('Màn hình', { id: 'nav.screens' }),
            options: named(options.screens),
            selected: target.screenIds,
            error: options.screensError,
            onChange: (screenIds) => onChange({ ...target, screenIds }),
          })}
          ${checkboxGroup({
            id: `${idPrefix}-groups`,
            legend: msg('Nhóm màn hình', { id: 'screen.groups' }),
            options: named(options.groups),
            selected: target.groupIds,
            error: options.groupsError,
            onChange: (groupIds) => onChange({ ...target, groupIds }),
          })}`
    }
  </fieldset>`;
}
