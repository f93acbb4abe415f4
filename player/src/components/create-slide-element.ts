import type { SlidePlan } from '../playback/playback-controller.js';
import { stripPages } from '../playback/strip-pages.js';
import type { VideoPool } from '../playback/video-pool.js';
import type { SlideElement } from './slide-element.js';
import './slide-figures.js';
import './slide-hotlines.js';
import './slide-image.js';
import './slide-message.js';
import './slide-procedures.js';
import './slide-qr.js';
import './slide-strip-text.js';
import './slide-video.js';

/** The element that renders `plan` in the given layout: one element per slide kind. */
export function createSlideElement(
  plan: SlidePlan,
  layout: 'full' | 'strip',
  pool: VideoPool,
): SlideElement {
  if (layout === 'strip') {
    const strip = document.createElement('slide-strip-text');
    strip.pages = stripPages(plan.slide, plan.manifest);
    strip.plan = plan;
    return strip;
  }
  const element = document.createElement(`slide-${plan.slide.kind}`);
  if (plan.slide.kind === 'video') (element as HTMLElementTagNameMap['slide-video']).pool = pool;
  element.plan = plan;
  return element;
}
