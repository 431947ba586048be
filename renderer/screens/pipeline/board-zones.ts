import type { ClientRect, Collision, CollisionDetection, UniqueIdentifier } from '@dnd-kit/core'
import type { PipelineColumn } from '#shared/contract/index'
import {
  slotCards,
  targetAtBottom,
  targetAtTop,
  targetOverCard,
  type DropTarget,
} from './board-move.ts'

/**
 * What each droppable on the board is. A column registers its header (drop there: top of
 * the column) and its scrolling list (drop on empty space: bottom); every card row is one
 * too, its rect taking in the gap below it so there is no dead space between cards.
 */
export type ZoneData =
  | { kind: 'head'; stageId: string }
  | { kind: 'list'; stageId: string }
  | { kind: 'card'; stageId: string; cardId: string }

export interface Zone {
  id: UniqueIdentifier
  data: ZoneData
  rect: Pick<ClientRect, 'top' | 'bottom' | 'left' | 'right' | 'height'>
}

export const headZoneId = (stageId: string) => `head:${stageId}`
export const listZoneId = (stageId: string) => `list:${stageId}`

const inside = (p: { x: number; y: number }, r: Zone['rect']) =>
  p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom

/**
 * The slot under the pointer. The list is found first and cards are looked for only inside
 * it, so a row scrolled out of sight (its rect reaching under the header) never catches it.
 */
export function pointerTarget(
  columns: readonly PipelineColumn[],
  activeId: string,
  pointer: { x: number; y: number },
  zones: readonly Zone[],
): { id: UniqueIdentifier; target: DropTarget } | null {
  const area = zones.find((z) => z.data.kind !== 'card' && inside(pointer, z.rect))
  if (!area) return null
  const { stageId } = area.data
  if (area.data.kind === 'head') return { id: area.id, target: targetAtTop(stageId) }
  const row = zones.find(
    (z) => z.data.kind === 'card' && z.data.stageId === stageId && inside(pointer, z.rect),
  )
  if (row && row.data.kind === 'card') {
    const below = pointer.y > row.rect.top + row.rect.height / 2
    const target = targetOverCard(columns, activeId, row.data.cardId, below)
    return target ? { id: row.id, target } : null
  }
  return { id: area.id, target: targetAtBottom(columns, activeId, stageId) }
}

/** The droppable a keyboard target stands for, so dnd-kit's `over` agrees with it. */
export function keyboardOverId(
  columns: readonly PipelineColumn[],
  activeId: string,
  target: DropTarget,
): UniqueIdentifier {
  const card = slotCards(columns, activeId, target.stageId)[target.index]
  return card ? card.relationshipId : listZoneId(target.stageId)
}

/**
 * dnd-kit's collision detection for the board: the pointer's slot, or, when a keyboard
 * drives the drag (no pointer), the slot the arrow keys chose. Each collision carries its
 * target so the drag handlers read one answer instead of working it out again.
 */
export function boardCollision(
  { active, pointerCoordinates, droppableRects, droppableContainers }: CollisionArgs,
  columns: readonly PipelineColumn[],
  keyboardTarget: DropTarget | null,
): Collision[] {
  const activeId = String(active.id)
  if (!pointerCoordinates) {
    return keyboardTarget
      ? [
          {
            id: keyboardOverId(columns, activeId, keyboardTarget),
            data: { target: keyboardTarget },
          },
        ]
      : []
  }
  const zones: Zone[] = []
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id)
    const data = container.data.current as ZoneData | undefined
    if (rect && data) zones.push({ id: container.id, data, rect })
  }
  const hit = pointerTarget(columns, activeId, pointerCoordinates, zones)
  return hit ? [{ id: hit.id, data: { target: hit.target } }] : []
}

type CollisionArgs = Parameters<CollisionDetection>[0]

/** The target a collision carries, if any. */
export const collisionTarget = (
  collisions: readonly { data?: Record<string, unknown> }[] | null,
): DropTarget | null => (collisions?.[0]?.data?.target as DropTarget | undefined) ?? null
