import {
  clipSeconds,
  type Hotline,
  type Media,
  type Procedure,
  SLIDE_TAGS,
  SLIDE_THEMES,
} from '@bangtin/shared';
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { MediaUploadedEvent } from '../events/media-uploaded-event.js';
import { formatDuration } from '../format/format.js';
import { themeLabel } from '../i18n/labels.js';
import { errorAt, type FieldErrors } from './field-errors.js';
import {
  checkbox,
  checkboxGroup,
  numberField,
  type SelectOption,
  selectField,
  textField,
} from './fields.js';
import { figuresItemsFields } from './figures-fields.js';
import { listOf, numberOf, type SlideDraft, textOf } from './slide-draft.js';

export interface SlideFieldsContext {
  draft: SlideDraft;
  errors: FieldErrors;
  set: (key: string, value: unknown) => void;
  media: readonly Media[];
  procedures: readonly Procedure[];
  hotlines: readonly Hotline[];
  /** Uploads in place, for the owner the host's form names; `done` selects the new file. */
  upload: {
    owner: () => { ownerGroupId?: string | null };
    done: (key: string, media: Media) => void;
  };
}

/** The paths the slide form shows an error beside; others are listed above the buttons. */
export const SLIDE_FIELD_PATHS = [
  'kind',
  'title',
  'tags',
  'heading',
  'body',
  'imageSha256',
  'theme',
  'mediaSha256',
  'caption',
  'playToEnd',
  'fit',
  'field',
  'rowsPerPage',
  'secondsPerPage',
  'maxSeconds',
  'hotlineIds',
  'url',
  'items',
  'updatedOn',
];

function text(ctx: SlideFieldsContext, key: string, label: string, extra = {}) {
  return textField({
    id: `slide-${key}`,
    label,
    value: textOf(ctx.draft, key),
    error: ctx.errors[key],
    onInput: (value) => ctx.set(key, value),
    ...extra,
  });
}

function heading(ctx: SlideFieldsContext) {
  return text(ctx, 'heading', msg('Tiêu đề hiển thị', { id: 'slide.heading' }), {
    required: true,
    hint: msg('Dòng chữ lớn trên màn hình.', { id: 'slide.headingHint' }),
  });
}

/**
 * Media of one family (image/ or video/) as choices, with a "none" choice when optional, and a
 * drop zone that uploads a new file and chooses it without leaving the unsaved slide.
 */
function mediaField(ctx: SlideFieldsContext, key: string, prefix: string, optional: boolean) {
  const options: SelectOption[] = [
    {
      value: '',
      label: optional
        ? msg('— Không có —', { id: 'common.none' })
        : msg('— Chọn tệp —', { id: 'slide.chooseMedia' }),
    },
    ...ctx.media
      .filter((item) => item.type.startsWith(prefix))
      .map((item) => ({ value: item.sha256, label: item.name || item.sha256.slice(0, 12) })),
  ];
  const chosen = textOf(ctx.draft, key);
  return html`${selectField({
    id: `slide-${key}`,
    label:
      prefix === 'video/'
        ? msg('Tệp video', { id: 'slide.video' })
        : msg('Tệp hình ảnh', { id: 'slide.image' }),
    value: chosen,
    options,
    required: !optional,
    error: ctx.errors[key],
    hint: msg('Chọn tệp đã có, hoặc tải tệp mới lên ngay bên dưới.', {
      id: 'slide.mediaUploadHint',
    }),
    onChange: (value) => ctx.set(key, value === '' && optional ? null : value),
  })}
    ${
      chosen && prefix === 'image/'
        ? html`<img class="thumb" src="/media/${chosen}" alt="" />`
        : nothing
    }
    <media-upload
      family=${prefix === 'video/' ? 'video' : 'image'}
      .owner=${ctx.upload.owner}
      @media-uploaded=${(event: MediaUploadedEvent) => ctx.upload.done(key, event.media)}
    ></media-upload>`;
}

/** The chosen clip's length, and whether it plays once to its end. */
function videoPlayback(ctx: SlideFieldsContext) {
  const chosen = ctx.media.find((item) => item.sha256 === textOf(ctx.draft, 'mediaSha256'));
  const durationMs = chosen?.durationMs ?? null;
  return html`${
    durationMs === null
      ? nothing
      : html`<p data-clip-seconds=${clipSeconds(durationMs)}>
          ${msg(str`Độ dài video: ${formatDuration(clipSeconds(durationMs))}`, {
            id: 'slide.clipLength',
          })}
        </p>`
  }
    ${checkbox({
      id: 'slide-playToEnd',
      label: msg('Phát hết video', { id: 'slide.playToEnd' }),
      checked: ctx.draft.playToEnd === true,
      onChange: (checked) => ctx.set('playToEnd', checked),
      hint: msg(
        'Video phát một lần đến hết rồi mới chuyển trang, dù thời gian trong danh sách phát ngắn hơn. Không chọn thì video lặp lại trong thời gian đó.',
        { id: 'slide.playToEndHint' },
      ),
    })}`;
}

function kindFields(ctx: SlideFieldsContext) {
  const { draft } = ctx;
  switch (draft.kind) {
    case 'message':
      return html`${heading(ctx)}
        ${text(ctx, 'body', msg('Nội dung', { id: 'slide.body' }), { multiline: true })}
        ${mediaField(ctx, 'imageSha256', 'image/', true)}
        ${selectField({
          id: 'slide-theme',
          label: msg('Màu nền', { id: 'slide.theme' }),
          value: textOf(draft, 'theme'),
          options: SLIDE_THEMES.map((theme) => ({ value: theme, label: themeLabel(theme) })),
          error: ctx.errors.theme,
          onChange: (value) => ctx.set('theme', value),
        })}`;
    case 'image':
      return html`${mediaField(ctx, 'mediaSha256', 'image/', false)}
        ${text(ctx, 'caption', msg('Chú thích', { id: 'slide.caption' }))}
        ${selectField({
          id: 'slide-fit',
          label: msg('Cách hiển thị ảnh', { id: 'slide.fit' }),
          value: textOf(draft, 'fit'),
          options: [
            { value: 'contain', label: msg('Hiện trọn ảnh', { id: 'slide.fitContain' }) },
            { value: 'cover', label: msg('Phủ kín màn hình', { id: 'slide.fitCover' }) },
          ],
          error: ctx.errors.fit,
          onChange: (value) => ctx.set('fit', value),
        })}`;
    case 'video':
      return html`${mediaField(ctx, 'mediaSha256', 'video/', false)}
      ${videoPlayback(ctx)}
      ${text(ctx, 'caption', msg('Chú thích', { id: 'slide.caption' }))}`;
    case 'procedures':
      return proceduresFields(ctx);
    case 'hotlines':
      return html`${heading(ctx)}
      ${checkboxGroup({
        id: 'slide-hotlineIds',
        legend: msg('Số điện thoại hiển thị', { id: 'slide.hotlines' }),
        hint: msg('Không chọn số nào thì hiện tất cả.', { id: 'slide.hotlinesHint' }),
        options: ctx.hotlines.map((hotline) => ({
          value: hotline.id,
          label: `${hotline.label} — ${hotline.number}`,
        })),
        selected: listOf(draft, 'hotlineIds'),
        error: errorAt(ctx.errors, 'hotlineIds'),
        onChange: (selected) => ctx.set('hotlineIds', selected),
      })}`;
    case 'qr':
      return html`${heading(ctx)}
      ${text(ctx, 'url', msg('Địa chỉ web mã QR dẫn tới', { id: 'slide.url' }), {
        type: 'url',
        required: true,
        hint: msg('Ví dụ: https://dichvucong.gov.vn', { id: 'slide.urlHint' }),
      })}
      ${text(ctx, 'caption', msg('Chú thích', { id: 'slide.caption' }), { multiline: true })}`;
    case 'figures':
      return html`${heading(ctx)}
      ${figuresItemsFields(draft.items, ctx.errors, (items) => ctx.set('items', items))}
      ${textField({
        id: 'slide-updatedOn',
        label: msg('Cập nhật ngày', { id: 'slide.updatedOn' }),
        hint: msg('Hiện dưới các số liệu; để trống thì không hiện.', { id: 'slide.updatedOnHint' }),
        type: 'date',
        value: textOf(draft, 'updatedOn'),
        error: ctx.errors.updatedOn,
        onInput: (value) => ctx.set('updatedOn', value === '' ? null : value),
      })}`;
  }
}

function proceduresFields(ctx: SlideFieldsContext) {
  const fields = [...new Set(ctx.procedures.map((procedure) => procedure.field))].sort();
  return html`${heading(ctx)}
    ${selectField({
      id: 'slide-field',
      label: msg('Lĩnh vực', { id: 'procedure.field' }),
      value: textOf(ctx.draft, 'field'),
      options: [
        { value: '', label: msg('Tất cả lĩnh vực', { id: 'slide.allFields' }) },
        ...fields.map((field) => ({ value: field, label: field })),
      ],
      error: ctx.errors.field,
      onChange: (value) => ctx.set('field', value === '' ? null : value),
    })}
    ${numberField({
      id: 'slide-rowsPerPage',
      label: msg('Số dòng mỗi trang', { id: 'slide.rowsPerPage' }),
      value: numberOf(ctx.draft, 'rowsPerPage'),
      min: 1,
      max: 20,
      error: ctx.errors.rowsPerPage,
      onInput: (value) => ctx.set('rowsPerPage', value),
    })}
    ${numberField({
      id: 'slide-secondsPerPage',
      label: msg('Số giây mỗi trang', { id: 'slide.secondsPerPage' }),
      value: numberOf(ctx.draft, 'secondsPerPage'),
      min: 3,
      max: 600,
      error: ctx.errors.secondsPerPage,
      onInput: (value) => ctx.set('secondsPerPage', value),
    })}`;
}

/** The longest time on screen: an empty box means none (the key leaves the draft). */
function maxSecondsField(ctx: SlideFieldsContext) {
  return numberField({
    id: 'slide-maxSeconds',
    label: msg('Thời gian hiển thị tối đa (giây)', { id: 'slide.maxSeconds' }),
    value: numberOf(ctx.draft, 'maxSeconds'),
    min: 3,
    max: 3600,
    hint: msg('Để trống nếu không giới hạn. Trang không chuyển nhanh hơn thời gian đọc hết chữ.', {
      id: 'slide.maxSecondsHint',
    }),
    error: ctx.errors.maxSeconds,
    onInput: (value) => ctx.set('maxSeconds', Number.isNaN(value) ? undefined : value),
  });
}

/** Title and tags (every kind), then the fields of the draft's kind. */
export function renderSlideFields(ctx: SlideFieldsContext) {
  const tags = listOf(ctx.draft, 'tags');
  const tagOptions = [...new Set([...SLIDE_TAGS, ...tags])];
  return html`${text(
    ctx,
    'title',
    msg('Tên trang (để tìm trong danh sách)', { id: 'slide.titleLabel' }),
    {
      required: true,
    },
  )}
    ${kindFields(ctx)}
    ${maxSecondsField(ctx)}
    ${checkboxGroup({
      id: 'slide-tags',
      legend: msg('Nhãn', { id: 'slide.tags' }),
      options: tagOptions.map((tag) => ({ value: tag, label: tag })),
      selected: tags,
      error: errorAt(ctx.errors, 'tags'),
      onChange: (selected) => ctx.set('tags', selected),
    })}`;
}
