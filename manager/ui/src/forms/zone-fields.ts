import {
  LAYOUT_ZONES,
  type Layout,
  type Playlist,
  type ZoneContent,
  type ZoneName,
  type ZonesInput,
} from '@bangtin/shared';
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { zoneLabel } from '../i18n/labels.js';
import { errorAt, type FieldErrors } from './field-errors.js';
import { selectField } from './fields.js';

const QUEUE = 'queue';

export interface ZoneFieldsOptions {
  /** Prefixes the fields' ids (one form may hold two sets). */
  id: string;
  layout: Layout;
  zones: ZonesInput;
  playlists: readonly Playlist[];
  errors: FieldErrors;
  /** The path of `zones` in the errors, e.g. `zones`. */
  path: string;
  onChange: (zones: ZonesInput) => void;
}

/** For each zone of the template besides the main one: a playlist or the queue, and its counters. */
export function zoneFields(options: ZoneFieldsOptions): TemplateResult[] {
  const { zones } = options;
  const change = (name: ZoneName, content: ZoneContent | undefined) => {
    const next: ZonesInput = { ...zones };
    if (content) next[name] = content;
    else delete next[name];
    options.onChange(next);
  };
  return LAYOUT_ZONES[options.layout].map((name) => {
    const content = zones[name];
    const id = `${options.id}-${name}`;
    return html`${selectField({
      id,
      label: zoneLabel(name),
      value: content?.kind === 'queue' ? QUEUE : (content?.playlistId ?? ''),
      options: [
        { value: '', label: msg('— Để trống —', { id: 'zone.empty' }) },
        { value: QUEUE, label: msg('Gọi số (hàng đợi)', { id: 'zone.queue' }) },
        ...options.playlists.map((playlist) => ({ value: playlist.id, label: playlist.name })),
      ],
      error: errorAt(options.errors, `${options.path}.${name}`),
      onChange: (value) =>
        change(
          name,
          value === QUEUE
            ? { kind: 'queue', counters: [] }
            : value
              ? { kind: 'playlist', playlistId: value }
              : undefined,
        ),
    })}
    ${content?.kind === 'queue' ? countersField(`${id}-counters`, content.counters ?? [], (counters) => change(name, { kind: 'queue', counters })) : ''}`;
  });
}

/** Counters as one line, read when the editor leaves the box (so commas can be typed). */
function countersField(
  id: string,
  counters: readonly string[],
  onChange: (counters: string[]) => void,
): TemplateResult {
  const read = (event: Event) =>
    onChange(
      (event.target as HTMLInputElement).value
        .split(',')
        .map((counter) => counter.trim())
        .filter(Boolean),
    );
  return html`<div class="field">
    <label for=${id}>${msg('Quầy hiển thị', { id: 'zone.counters' })}</label>
    <p class="hint" id="${id}-hint">
      ${msg('Các quầy, cách nhau bằng dấu phẩy; để trống là mọi quầy.', { id: 'zone.countersHint' })}
    </p>
    <input id=${id} aria-describedby="${id}-hint" .value=${live(counters.join(', '))} @change=${read} />
  </div>`;
}
