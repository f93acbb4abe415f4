import { foldHeader } from './fold-header.js';

/** Words left in a draft list where the real value is still to come. */
const PLACEHOLDER_WORDS =
  /\b(placeholder|todo|tbd|fixme|lorem|ipsum|xxx+|n a|cap nhat sau|dang cap nhat|chua co|chua cap nhat|bo sung sau|cho bo sung)\b/;
/** Only dots, ellipses, dashes, question marks or brackets: "…", "...", "???", "[...]". */
const ONLY_FILLER = /^[\s.…\-–—?_*[\]<>()]+$/u;

/**
 * Whether a cell looks like a value nobody filled in yet ("PLACEHOLDER: 15 ngày", "TODO",
 * "xxx", "…", "lorem ipsum"), so that it is not shown on public screens without a look.
 */
export function looksLikePlaceholder(value: string): boolean {
  return ONLY_FILLER.test(value) || PLACEHOLDER_WORDS.test(foldHeader(value));
}
