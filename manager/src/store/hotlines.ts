import { type Hotline, HotlineInputSchema } from '@bangtin/shared';
import { documentResource } from './document-resource.js';

export const hotlinesRepository = documentResource(
  'hotlines',
  HotlineInputSchema,
  ({ id, value }): Hotline => ({ ...value, id }),
);
