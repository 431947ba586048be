/**
 * A position between two neighbours on a board column. Fractional, so moving a card writes
 * one row instead of renumbering the column (and two replicas rarely collide).
 */
export function positionBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return 1
  if (before === null) return after! - 1
  if (after === null) return before + 1
  return (before + after) / 2
}
