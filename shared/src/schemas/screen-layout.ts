export const ORIENTATIONS = ['landscape', 'portrait'] as const;
/** `full`: header, main zone and ticker; `strip`: one line of text for LED boards. */
export const LAYOUTS = ['full', 'strip'] as const;
