import { z } from 'zod';
import { HttpUrlSchema, IdSchema, requiredTextSchema, Sha256Schema, textSchema } from './common.js';

export const SLIDE_THEMES = ['light', 'dark', 'brand'] as const;
export const SLIDE_TAGS = ['CCHC', 'DVCTT', 'BCCI', 'TTHC', 'hotline'] as const;

const common = {
  title: requiredTextSchema(200),
  tags: z.array(requiredTextSchema(40)).max(20).default([]),
};

export const MessageSlideSchema = z.object({
  kind: z.literal('message'),
  ...common,
  heading: requiredTextSchema(200),
  body: textSchema(2000).default(''),
  imageSha256: Sha256Schema.nullable().default(null),
  theme: z.enum(SLIDE_THEMES).default('brand'),
});

export const ImageSlideSchema = z.object({
  kind: z.literal('image'),
  ...common,
  mediaSha256: Sha256Schema,
  caption: textSchema(300).nullable().default(null),
  fit: z.enum(['contain', 'cover']).default('contain'),
});

export const VideoSlideSchema = z.object({
  kind: z.literal('video'),
  ...common,
  mediaSha256: Sha256Schema,
  caption: textSchema(300).nullable().default(null),
});

/** A table of procedures, paged automatically; `field` null means every procedure. */
export const ProceduresSlideSchema = z.object({
  kind: z.literal('procedures'),
  ...common,
  heading: requiredTextSchema(200),
  field: textSchema(200).nullable().default(null),
  rowsPerPage: z.number().int().min(1).max(20).default(5),
  secondsPerPage: z.number().int().min(3).max(600).default(12),
});

/** Hotlines from the directory; an empty list means every hotline. */
export const HotlinesSlideSchema = z.object({
  kind: z.literal('hotlines'),
  ...common,
  heading: requiredTextSchema(200),
  hotlineIds: z.array(IdSchema).max(50).default([]),
});

/** A QR code generated on screen from the URL. */
export const QrSlideSchema = z.object({
  kind: z.literal('qr'),
  ...common,
  heading: requiredTextSchema(200),
  url: HttpUrlSchema,
  caption: textSchema(500).default(''),
});

export const SlideInputSchema = z.discriminatedUnion('kind', [
  MessageSlideSchema,
  ImageSlideSchema,
  VideoSlideSchema,
  ProceduresSlideSchema,
  HotlinesSlideSchema,
  QrSlideSchema,
]);
export type SlideInput = z.input<typeof SlideInputSchema>;

export const SlideSchema = z.discriminatedUnion('kind', [
  MessageSlideSchema.extend({ id: IdSchema }),
  ImageSlideSchema.extend({ id: IdSchema }),
  VideoSlideSchema.extend({ id: IdSchema }),
  ProceduresSlideSchema.extend({ id: IdSchema }),
  HotlinesSlideSchema.extend({ id: IdSchema }),
  QrSlideSchema.extend({ id: IdSchema }),
]);
export type Slide = z.infer<typeof SlideSchema>;
export type SlideKind = Slide['kind'];
export type SlideOf<K extends SlideKind> = Extract<Slide, { kind: K }>;

/** The media files a slide shows. */
export function slideMedia(slide: Slide): string[] {
  switch (slide.kind) {
    case 'message':
      return slide.imageSha256 ? [slide.imageSha256] : [];
    case 'image':
    case 'video':
      return [slide.mediaSha256];
    default:
      return [];
  }
}
