/**
 * The board's fixed sizes. Cards have one height so the virtualizer can place thousands of
 * them without measuring each; the gap below a card belongs to its row, so a pointer between
 * two cards is always over one of them.
 */
export const cardHeight = 124
export const rowGap = 8
export const rowHeight = cardHeight + rowGap
export const columnWidth = 280
/** Cards asked for per column: the contract's most, so a stage of thousands is all there. */
export const cardsPerStage = 10_000
