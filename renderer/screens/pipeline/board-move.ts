import type { PipelineCard, PipelineColumn } from '#shared/contract/index'

/**
 * Where a dragged card would land: a column, and a slot among that column's cards once the
 * dragged card is lifted out of it (0 = top, cards.length = bottom). Counting without the
 * dragged card makes "dropped where it was" one comparison, in its own column or any other.
 */
export interface DropTarget {
  stageId: string
  index: number
}

export type Direction = 'up' | 'down' | 'left' | 'right'

/** A neighbour pair as `pipeline.move` takes it: the card above and the card below. */
export interface Neighbours {
  afterId: string | null
  beforeId: string | null
}

/** A drop that changes something: what to send, what to show meanwhile, how to go back. */
export interface MovePlan extends Neighbours {
  relationshipId: string
  name: string
  stageId: string
  stageName: string
  /** Where the card was, as neighbours in its old column: undo sends it back there. */
  from: Neighbours & { stageId: string; stageName: string }
  /** The board with the card already moved: shown until main answers. */
  columns: PipelineColumn[]
}

const without = (cards: readonly PipelineCard[], id: string) =>
  cards.filter((c) => c.relationshipId !== id)

/** The column holding a card and the card's index in it, or null when it is not on the board. */
export function locate(
  columns: readonly PipelineColumn[],
  cardId: string,
): { column: PipelineColumn; index: number; card: PipelineCard } | null {
  for (const column of columns) {
    const index = column.cards.findIndex((c) => c.relationshipId === cardId)
    if (index >= 0) return { column, index, card: column.cards[index]! }
  }
  return null
}

/** Where the card sits now, as a target: dropping there changes nothing. */
export function currentTarget(
  columns: readonly PipelineColumn[],
  cardId: string,
): DropTarget | null {
  const found = locate(columns, cardId)
  return found ? { stageId: found.column.id, index: found.index } : null
}

/** The cards a slot index counts over: the column without the dragged card. */
export function slotCards(
  columns: readonly PipelineColumn[],
  activeId: string,
  stageId: string,
): PipelineCard[] {
  const column = columns.find((c) => c.id === stageId)
  return column ? without(column.cards, activeId) : []
}

/**
 * The slot a pointer over a card means: above the card's middle, before it; below, after
 * it. Over the dragged card itself, the slot it already holds.
 */
export function targetOverCard(
  columns: readonly PipelineColumn[],
  activeId: string,
  overCardId: string,
  below: boolean,
): DropTarget | null {
  if (overCardId === activeId) return currentTarget(columns, activeId)
  const found = locate(columns, overCardId)
  if (!found) return null
  const index = slotCards(columns, activeId, found.column.id).findIndex(
    (c) => c.relationshipId === overCardId,
  )
  return { stageId: found.column.id, index: index + (below ? 1 : 0) }
}

export const targetAtTop = (stageId: string): DropTarget => ({ stageId, index: 0 })

export const targetAtBottom = (
  columns: readonly PipelineColumn[],
  activeId: string,
  stageId: string,
): DropTarget => ({ stageId, index: slotCards(columns, activeId, stageId).length })

export function isSamePlace(
  columns: readonly PipelineColumn[],
  activeId: string,
  target: DropTarget,
): boolean {
  const now = currentTarget(columns, activeId)
  return now !== null && now.stageId === target.stageId && now.index === target.index
}

/** The cards either side of a slot, which is what `pipeline.move` places a card between. */
export function neighboursAt(
  columns: readonly PipelineColumn[],
  activeId: string,
  target: DropTarget,
): Neighbours {
  const cards = slotCards(columns, activeId, target.stageId)
  const index = Math.max(0, Math.min(target.index, cards.length))
  return {
    afterId: cards[index - 1]?.relationshipId ?? null,
    beforeId: cards[index]?.relationshipId ?? null,
  }
}

/**
 * The move a drop asks for, or null when it changes nothing (dropped where it was, or on
 * a column that is not on the board).
 */
export function planMove(
  columns: readonly PipelineColumn[],
  activeId: string,
  target: DropTarget,
): MovePlan | null {
  const source = locate(columns, activeId)
  const destination = columns.find((c) => c.id === target.stageId)
  if (!source || !destination || isSamePlace(columns, activeId, target)) return null
  const slots = slotCards(columns, activeId, target.stageId)
  const index = Math.max(0, Math.min(target.index, slots.length))
  const card = source.card
  const moved = { ...card }
  const next = columns.map((column) => {
    if (column.id !== source.column.id && column.id !== destination.id) return column
    const cards = without(column.cards, activeId)
    if (column.id === destination.id) cards.splice(index, 0, moved)
    const count =
      column.id === source.column.id && column.id !== destination.id
        ? column.count - 1
        : column.id === destination.id && column.id !== source.column.id
          ? column.count + 1
          : column.count
    return { ...column, cards, count }
  })
  return {
    relationshipId: activeId,
    name: card.name,
    stageId: destination.id,
    stageName: destination.name,
    ...neighboursAt(columns, activeId, { stageId: destination.id, index }),
    from: {
      stageId: source.column.id,
      stageName: source.column.name,
      afterId: source.column.cards[source.index - 1]?.relationshipId ?? null,
      beforeId: source.column.cards[source.index + 1]?.relationshipId ?? null,
    },
    columns: next,
  }
}

/**
 * `pipeline.move`'s input to put a card back where it was. One neighbour is enough (main
 * finds the other), and it survives the other neighbour having moved on since.
 */
export function moveBackInput(plan: MovePlan) {
  const { stageId, afterId, beforeId } = plan.from
  return {
    relationshipId: plan.relationshipId,
    stageId,
    ...(afterId ? { afterId } : beforeId ? { beforeId } : {}),
  }
}

/**
 * One arrow key while a card is lifted: up and down step through the slots of a column,
 * left and right go to the next column at the same height (or its bottom, when shorter).
 */
export function stepTarget(
  columns: readonly PipelineColumn[],
  activeId: string,
  current: DropTarget,
  direction: Direction,
): DropTarget {
  const at = columns.findIndex((c) => c.id === current.stageId)
  if (at < 0) return current
  if (direction === 'up' || direction === 'down') {
    const last = slotCards(columns, activeId, current.stageId).length
    const index = current.index + (direction === 'down' ? 1 : -1)
    return { ...current, index: Math.max(0, Math.min(last, index)) }
  }
  const neighbour = columns[at + (direction === 'right' ? 1 : -1)]
  if (!neighbour) return current
  const last = slotCards(columns, activeId, neighbour.id).length
  return { stageId: neighbour.id, index: Math.min(current.index, last) }
}
