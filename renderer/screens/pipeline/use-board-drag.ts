import {
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DndContextProps,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core'
import { getEventCoordinates } from '@dnd-kit/utilities'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PipelineColumn } from '#shared/contract/index'
import {
  currentTarget,
  isSamePlace,
  locate,
  planMove,
  slotCards,
  stepTarget,
  type Direction,
  type DropTarget,
  type MovePlan,
} from './board-move.ts'
import { boardCollision, collisionTarget } from './board-zones.ts'

const arrows: Partial<Record<string, Direction>> = {
  [KeyboardCode.Up]: 'up',
  [KeyboardCode.Down]: 'down',
  [KeyboardCode.Left]: 'left',
  [KeyboardCode.Right]: 'right',
}

/** Space lifts and drops; Enter drops too but, on a card at rest, opens it. */
const keyboardCodes = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
}

const sameTarget = (a: DropTarget | null, b: DropTarget | null) =>
  a?.stageId === b?.stageId && a?.index === b?.index

/** An attribute value quoted for a selector (ids are UUIDs, but a selector must never break). */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

const cardElement = (id: string) =>
  document.querySelector<HTMLElement>(`[data-card-id=${quoted(id)}]`)
const stageElement = (id: string) => document.querySelector(`[data-stage-id=${quoted(id)}]`)

/** Where to draw the lifted card for a keyboard target: just below the drop line. */
function slotPoint(columns: readonly PipelineColumn[], activeId: string, target: DropTarget) {
  const slots = slotCards(columns, activeId, target.stageId)
  const below = slots[target.index] && cardElement(slots[target.index]!.relationshipId)
  if (below) {
    const r = below.getBoundingClientRect()
    return { x: r.left + 16, y: r.top + 10 }
  }
  const above = slots[target.index - 1] && cardElement(slots[target.index - 1]!.relationshipId)
  if (above) {
    const r = above.getBoundingClientRect()
    return { x: r.left + 16, y: r.bottom + 18 }
  }
  const section = stageElement(target.stageId)
  if (!section) return null
  const r = section.getBoundingClientRect()
  return { x: r.left + 24, y: r.top + 56 }
}

/** How close to an edge, as a share of the container, the pointer starts scrolling it. */
const autoScrollEdge = { x: 0.08, y: 0.12 }

/**
 * Whether dnd-kit may scroll `element` with the pointer where it is. dnd-kit pairs scroll
 * containers with rects measured for the previous one when the pointer crosses into another
 * column, and then slides the board sideways for no reason; asking with fresh geometry here
 * keeps scrolling to what the user does: near the board's left or right edge it scrolls the
 * board, near the top or bottom of a column's list that list, and nothing else.
 */
export function mayAutoScroll(element: Element, pointer: { x: number; y: number } | null): boolean {
  const role = element instanceof HTMLElement ? element.dataset.scroll : undefined
  if (!pointer || !role) return false
  const r = element.getBoundingClientRect()
  if (pointer.x < r.left || pointer.x > r.right || pointer.y < r.top || pointer.y > r.bottom)
    return false
  return role === 'board'
    ? Math.min(pointer.x - r.left, r.right - pointer.x) < r.width * autoScrollEdge.x
    : Math.min(pointer.y - r.top, r.bottom - pointer.y) < r.height * autoScrollEdge.y
}

/**
 * Everything dnd-kit needs for the board: pointer and keyboard sensors, the slot under the
 * pointer or chosen with the arrow keys, the drop line, and what a screen reader hears.
 */
export function useBoardDrag(columns: PipelineColumn[], onDrop: (plan: MovePlan) => void) {
  const columnsRef = useRef(columns)
  useEffect(() => {
    columnsRef.current = columns
  }, [columns])
  const [activeId, setActiveId] = useState<string | null>(null)
  const [target, setTarget] = useState<DropTarget | null>(null)
  const targetRef = useRef<DropTarget | null>(null)
  const keyboard = useRef(false)
  const lastWords = useRef('')
  const scrollers = useRef(new Map<string, (index: number) => void>())
  const pointer = useRef<{ x: number; y: number } | null>(null)

  const aim = useCallback((next: DropTarget | null) => {
    if (sameTarget(targetRef.current, next)) return
    targetRef.current = next
    setTarget(next)
  }, [])

  const registerScroller = useCallback(
    (stageId: string, scrollTo: ((index: number) => void) | null) => {
      if (scrollTo) scrollers.current.set(stageId, scrollTo)
      else scrollers.current.delete(stageId)
    },
    [],
  )

  const coordinateGetter: KeyboardCoordinateGetter = useCallback(
    (event, { context, currentCoordinates }) => {
      const direction = arrows[event.code]
      if (!direction || !context.active) return undefined
      event.preventDefault()
      const id = String(context.active.id)
      const from = targetRef.current ?? currentTarget(columnsRef.current, id)
      if (!from) return undefined
      const next = stepTarget(columnsRef.current, id, from, direction)
      aim(next)
      scrollers.current.get(next.stageId)?.(next.index)
      stageElement(next.stageId)?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      return slotPoint(columnsRef.current, id, next) ?? currentCoordinates
    },
    [aim],
  )

  const pointerOptions = useMemo(() => ({ activationConstraint: { distance: 6 } }), [])
  const keyboardOptions = useMemo(() => ({ coordinateGetter, keyboardCodes }), [coordinateGetter])
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  )

  // dnd-kit calls this as it renders, so it reads the board and the keyboard's choice as of now.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => boardCollision(args, columnsRef.current, targetRef.current),
    [],
  )

  const describe = useCallback((id: string, at: DropTarget | null) => {
    const cols = columnsRef.current
    const name = locate(cols, id)?.card.name ?? 'The card'
    const stage = at && cols.find((c) => c.id === at.stageId)
    if (!at || !stage) return `${name} is not over a stage.`
    const places = slotCards(cols, id, at.stageId).length + 1
    const where = isSamePlace(cols, id, at) ? ', where it is now' : ''
    return `${name}: ${stage.name}, place ${at.index + 1} of ${places}${where}.`
  }, [])

  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) =>
        `Picked up ${describe(String(active.id), targetRef.current)} Arrow keys move it, Space drops it, Escape puts it back.`,
      onDragOver: ({ active }) => describe(String(active.id), targetRef.current),
      onDragEnd: () => lastWords.current,
      onDragCancel: () => lastWords.current,
    }),
    [describe],
  )

  const stop = () => {
    pointer.current = null
    setActiveId(null)
    aim(null)
  }

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const id = String(active.id)
    keyboard.current = activatorEvent instanceof KeyboardEvent
    setActiveId(id)
    aim(currentTarget(columnsRef.current, id))
  }

  const onDragMove = ({ collisions, activatorEvent, delta }: DragMoveEvent) => {
    if (keyboard.current) return
    const start = getEventCoordinates(activatorEvent)
    pointer.current = start && { x: start.x + delta.x, y: start.y + delta.y }
    aim(collisionTarget(collisions))
  }

  const onDragEnd = ({ active }: DragEndEvent) => {
    const id = String(active.id)
    const at = targetRef.current
    const plan = at ? planMove(columnsRef.current, id, at) : null
    const name = locate(columnsRef.current, id)?.card.name ?? 'The card'
    lastWords.current = plan ? `Moved ${name} to ${plan.stageName}.` : `${name} stays where it was.`
    stop()
    if (!plan) return
    onDrop(plan)
    if (keyboard.current) reveal(plan)
  }

  /** After a keyboard drop, the card is scrolled into sight and keeps the focus. */
  const reveal = (plan: MovePlan) => {
    const index = plan.columns
      .find((c) => c.id === plan.stageId)
      ?.cards.findIndex((c) => c.relationshipId === plan.relationshipId)
    requestAnimationFrame(() => {
      if (index !== undefined && index >= 0) scrollers.current.get(plan.stageId)?.(index)
      requestAnimationFrame(() => cardElement(plan.relationshipId)?.focus())
    })
  }

  const onDragCancel = ({ active }: { active: { id: string | number } }) => {
    const name = locate(columnsRef.current, String(active.id))?.card.name ?? 'The card'
    lastWords.current = `Cancelled. ${name} stays where it was.`
    stop()
  }

  const contextProps: DndContextProps = {
    sensors,
    collisionDetection,
    autoScroll: {
      threshold: autoScrollEdge,
      canScroll: (element) => mayAutoScroll(element, pointer.current),
    },
    onDragStart,
    onDragMove,
    onDragOver: onDragMove,
    onDragEnd,
    onDragCancel,
    accessibility: {
      announcements,
      screenReaderInstructions: {
        draggable:
          'Press Enter to open this influencer. To move the card, press Space, choose its place with the arrow keys (up and down within a stage, left and right to another stage), then press Space again to drop it, or Escape to cancel.',
      },
    },
  }

  const shownTarget = target && activeId && !isSamePlace(columns, activeId, target) ? target : null
  const activeCard = activeId ? (locate(columns, activeId)?.card ?? null) : null

  return { contextProps, activeId, activeCard, target: shownTarget, registerScroller }
}
