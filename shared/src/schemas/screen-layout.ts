export const ORIENTATIONS = ['landscape', 'portrait'] as const;
/**
 * Layout templates. `full`: header, main zone and ticker; `side-panel`: the same with a column
 * beside the main zone (landscape, 70/30) holding `side` over `panel` (one alone fills it);
 * `queue-band`: the same with a band under the main zone (portrait, for the queue); `strip`: one
 * line of text for LED boards.
 */
export const LAYOUTS = ['full', 'side-panel', 'queue-band', 'strip'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The zones besides `main` (which plays the schedule) that each template has. */
export const ZONE_NAMES = ['side', 'panel', 'band'] as const;
export type ZoneName = (typeof ZONE_NAMES)[number];

export const LAYOUT_ZONES: Record<Layout, readonly ZoneName[]> = {
  full: [],
  'side-panel': ['side', 'panel'],
  'queue-band': ['band'],
  strip: [],
};
