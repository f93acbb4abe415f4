/**
 * A set of local day numbers that can be searched forward. A search stops at `limit`: a result
 * above `limit` means "none up to limit", and Infinity means "none ever".
 */
export interface DaySet {
  has(day: number): boolean;
  /** The first day >= from in the set. */
  next(from: number, limit: number): number;
}
