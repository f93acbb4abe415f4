/**
 * The index of the next playable item after `from` (-1 before the first), wrapping round;
 * null when no item is playable.
 */
export function nextPlayableIndex(
  count: number,
  from: number,
  isPlayable: (index: number) => boolean,
): number | null {
  for (let step = 1; step <= count; step++) {
    const index = (((from + step) % count) + count) % count;
    if (isPlayable(index)) return index;
  }
  return null;
}
