import type { Hotline, SlideOf } from '@bangtin/shared';

/** The hotlines a slide shows, in the slide's order; an empty selection means all of them. */
export function hotlinesForSlide(
  slide: SlideOf<'hotlines'>,
  hotlines: readonly Hotline[],
): Hotline[] {
  if (slide.hotlineIds.length === 0) return [...hotlines];
  const byId = new Map(hotlines.map((h) => [h.id, h]));
  return slide.hotlineIds.flatMap((id) => byId.get(id) ?? []);
}

/** How a hotline reads in running text; demo numbers say so. */
export function hotlineText(hotline: Hotline): string {
  return `${hotline.label}: ${hotline.number}${hotline.sample ? ' (Số mẫu)' : ''}`;
}

/** The ticker line: the agency's text, then every hotline marked for the ticker. */
export function tickerText(agencyTicker: string, hotlines: readonly Hotline[]): string {
  const parts = [agencyTicker.trim(), ...hotlines.filter((h) => h.inTicker).map(hotlineText)];
  return parts.filter((part) => part !== '').join('   •   ');
}
