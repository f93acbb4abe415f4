import { type Slide, SlideInputSchema } from '@bangtin/shared';
import { documentResource } from './document-resource.js';

export const slidesRepository = documentResource(
  'slides',
  SlideInputSchema,
  ({ id, value }): Slide => ({ ...value, id }),
);
