import { type Settings, type Slide, slideMedia } from '@bangtin/shared';

/** What shows one media file: the slides naming it, and whether it is the agency's logo. */
export interface MediaUsage {
  slides: Pick<Slide, 'id' | 'title'>[];
  logo: boolean;
}

/** Where each file is used, by sha256, worked out from the slides and the settings. */
export function mediaUsage(
  slides: readonly Slide[],
  settings: Pick<Settings, 'logoSha256'> | null,
): Map<string, MediaUsage> {
  const usage = new Map<string, MediaUsage>();
  const entry = (sha256: string) => {
    let found = usage.get(sha256);
    if (!found) {
      found = { slides: [], logo: false };
      usage.set(sha256, found);
    }
    return found;
  };
  for (const slide of slides) {
    for (const sha256 of slideMedia(slide)) entry(sha256).slides.push(slide);
  }
  if (settings?.logoSha256) entry(settings.logoSha256).logo = true;
  return usage;
}

export function isUsed(usage: MediaUsage | undefined): boolean {
  return usage !== undefined && (usage.logo || usage.slides.length > 0);
}
