import type { Slide, SlideKind } from '@bangtin/shared';

/** A slide being edited: the wire shape without its id, loosely typed while the editor types. */
export type SlideDraft = { kind: SlideKind } & Record<string, unknown>;

/** An empty draft of each kind, with the schema's own defaults filled in. */
export function emptySlideDraft(kind: SlideKind, keep: Partial<SlideDraft> = {}): SlideDraft {
  const common = {
    title: keep.title ?? '',
    tags: keep.tags ?? [],
    ...(keep.maxSeconds === undefined ? {} : { maxSeconds: keep.maxSeconds }),
  };
  const heading = keep.heading ?? '';
  switch (kind) {
    case 'message':
      return { kind, ...common, heading, body: '', imageSha256: null, theme: 'brand' };
    case 'image':
      return { kind, ...common, mediaSha256: '', caption: '', fit: 'contain' };
    case 'video':
      return { kind, ...common, mediaSha256: '', caption: '', playToEnd: false };
    case 'procedures':
      return { kind, ...common, heading, field: null, rowsPerPage: 5, secondsPerPage: 12 };
    case 'hotlines':
      return { kind, ...common, heading, hotlineIds: [] };
    case 'qr':
      return { kind, ...common, heading, url: '', caption: '' };
    case 'figures':
      return {
        kind,
        ...common,
        heading,
        items: [{ label: '', value: 0, unit: '', decimals: 0 }],
        updatedOn: null,
      };
  }
}

export function draftFromSlide(slide: Slide): SlideDraft {
  const { id: _id, ...rest } = slide;
  return rest;
}

export function isSlideKind(value: string): value is SlideKind {
  return ['message', 'image', 'video', 'procedures', 'hotlines', 'qr', 'figures'].includes(value);
}

/** Reads a text property of the draft for an input's value. */
export function textOf(draft: SlideDraft, key: string): string {
  const value = draft[key];
  return typeof value === 'string' ? value : '';
}

export function numberOf(draft: SlideDraft, key: string): number {
  const value = draft[key];
  return typeof value === 'number' ? value : Number.NaN;
}

export function listOf(draft: SlideDraft, key: string): string[] {
  const value = draft[key];
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
