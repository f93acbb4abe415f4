import { z } from '#zod';
import {
  HttpUrlSchema,
  IdSchema,
  InstantSchema,
  LocalDateSchema,
  requiredTextSchema,
  Sha256Schema,
  textSchema,
} from './common.js';

export const SLIDE_THEMES = ['light', 'dark', 'brand'] as const;
export const SLIDE_TAGS = ['CCHC', 'DVCTT', 'BCCI', 'TTHC', 'hotline'] as const;

const common = {
  title: requiredTextSchema(200),
  tags: z._default(z.array(requiredTextSchema(40)).check(z.maxLength(20)), []),
  /**
   * The longest time on screen, in seconds, for all its pages: it shortens the playlist's time
   * and a table's seconds per page, never a page's reading time.
   */
  maxSeconds: z.optional(z.int().check(z.gte(3), z.lte(3600))),
};

export const MessageSlideSchema = z.object({
  kind: z.literal('message'),
  ...common,
  heading: requiredTextSchema(200),
  body: z._default(textSchema(2000), ''),
  imageSha256: z._default(z.nullable(Sha256Schema), null),
  theme: z._default(z.enum(SLIDE_THEMES), 'brand'),
});

export const ImageSlideSchema = z.object({
  kind: z.literal('image'),
  ...common,
  mediaSha256: Sha256Schema,
  caption: z._default(z.nullable(textSchema(300)), null),
  fit: z._default(z.enum(['contain', 'cover']), 'contain'),
});

export const VideoSlideSchema = z.object({
  kind: z.literal('video'),
  ...common,
  mediaSha256: Sha256Schema,
  caption: z._default(z.nullable(textSchema(300)), null),
  /** Plays the clip once, to its end, instead of looping for the playlist item's time. */
  playToEnd: z._default(z.boolean(), false),
});

/** A table of procedures, paged automatically; `field` null means every procedure. */
export const ProceduresSlideSchema = z.object({
  kind: z.literal('procedures'),
  ...common,
  heading: requiredTextSchema(200),
  field: z._default(z.nullable(textSchema(200)), null),
  rowsPerPage: z._default(z.int().check(z.gte(1), z.lte(20)), 5),
  secondsPerPage: z._default(z.int().check(z.gte(3), z.lte(600)), 12),
});

/** Hotlines from the directory; an empty list means every hotline. */
export const HotlinesSlideSchema = z.object({
  kind: z.literal('hotlines'),
  ...common,
  heading: requiredTextSchema(200),
  hotlineIds: z._default(z.array(IdSchema).check(z.maxLength(50)), []),
});

/** A QR code generated on screen from the URL. */
export const QrSlideSchema = z.object({
  kind: z.literal('qr'),
  ...common,
  heading: requiredTextSchema(200),
  url: HttpUrlSchema,
  caption: z._default(textSchema(500), ''),
});

/** One key figure: "Hồ sơ giải quyết đúng hạn: 98,5 %". */
export const FigureItemSchema = z.object({
  label: requiredTextSchema(120),
  value: z.number().check(z.gte(-1e12), z.lte(1e12)),
  unit: z._default(textSchema(20), ''),
  /** Digits after the decimal comma, shown always (98,50 with 2). */
  decimals: z._default(z.int().check(z.gte(0), z.lte(3)), 0),
});
export type FigureItem = z.infer<typeof FigureItemSchema>;

/** A panel of 1–6 key figures, entered by hand, with the date they hold for. */
export const FiguresSlideSchema = z.object({
  kind: z.literal('figures'),
  ...common,
  heading: requiredTextSchema(200),
  items: z.array(FigureItemSchema).check(z.minLength(1), z.maxLength(6)),
  /** The date the figures were last updated, shown under them; null: not shown. */
  updatedOn: z._default(z.nullable(LocalDateSchema), null),
});

export const SlideInputSchema = z.discriminatedUnion('kind', [
  MessageSlideSchema,
  ImageSlideSchema,
  VideoSlideSchema,
  ProceduresSlideSchema,
  HotlinesSlideSchema,
  QrSlideSchema,
  FiguresSlideSchema,
]);
export type SlideInput = z.input<typeof SlideInputSchema>;

export const SlideSchema = z.discriminatedUnion('kind', [
  z.object({ ...MessageSlideSchema.shape, id: IdSchema }),
  z.object({ ...ImageSlideSchema.shape, id: IdSchema }),
  z.object({ ...VideoSlideSchema.shape, id: IdSchema }),
  z.object({ ...ProceduresSlideSchema.shape, id: IdSchema }),
  z.object({ ...HotlinesSlideSchema.shape, id: IdSchema }),
  z.object({ ...QrSlideSchema.shape, id: IdSchema }),
  z.object({
    ...FiguresSlideSchema.shape,
    id: IdSchema,
    /** When the manager last read the figures from their source (never part of the input). */
    fetchedAt: z.optional(InstantSchema),
  }),
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
