import { type Slide, SlideInputSchema } from '@bangtin/shared';
import { reviewedResource } from './reviewed-resource.js';

export const slidesRepository = reviewedResource(
  'slides',
  SlideInputSchema,
  ({ id, value }): Slide => ({ ...value, id }),
);
