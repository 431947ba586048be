import { useDraggable, useDroppable } from '@dnd-kit/core'
import { Paper } from '@mantine/core'
import { memo, useCallback, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router'
import type { PipelineCard } from '#shared/contract/index'
import type { ZoneData } from './board-zones.ts'
import { CardActions } from './CardActions.tsx'
import { CardFace } from './CardFace.tsx'
import classes from './pipeline.module.css'

export interface BoardCardProps {
  card: PipelineCard
  stageId: string
  /** Where the virtualizer puts the row, in pixels from the top of the list. */
  start: number
  index: number
  count: number
  /** The drop line goes above this card. */
  lineBefore: boolean
}

/**
 * One card on the board: a drop zone (its row, gap included) holding a draggable card whose
 * whole face is one control: click or Enter opens the influencer, Space lifts it to move.
 */
export const BoardCard = memo(function BoardCard({
  card,
  stageId,
  start,
  index,
  count,
  lineBefore,
}: BoardCardProps) {
  const navigate = useNavigate()
  const zone: ZoneData = { kind: 'card', stageId, cardId: card.relationshipId }
  const { setNodeRef: setRowNode } = useDroppable({ id: card.relationshipId, data: zone })
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: card.relationshipId,
    data: zone,
  })
  const { influencerId } = card
  const open = useCallback(
    () => void navigate(`/influencers/${influencerId}`),
    [navigate, influencerId],
  )

  // dnd-kit types its listeners loosely; this one is the keyboard sensor's key handler.
  const liftOnKey = listeners?.onKeyDown as
    ((event: KeyboardEvent<HTMLDivElement>) => void) | undefined
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    liftOnKey?.(event)
    if (event.key === 'Enter' && !isDragging && !event.defaultPrevented) {
      event.preventDefault()
      open()
    }
  }

  return (
    <div
      ref={setRowNode}
      className={classes.row}
      style={{ transform: `translateY(${start}px)` }}
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={count}
    >
      {lineBefore ? <div className={classes.line} style={{ top: -5.5 }} /> : null}
      <Paper
        ref={setNodeRef}
        component="article"
        aria-label={card.name}
        withBorder
        radius="md"
        shadow="xs"
        className={classes.card}
        data-lifted={isDragging || undefined}
      >
        <div
          ref={setActivatorNodeRef}
          className={classes.open}
          {...attributes}
          aria-roledescription="card you can move"
          aria-label={card.name}
          {...listeners}
          onKeyDown={onKeyDown}
          onClick={open}
          data-card-id={card.relationshipId}
        />
        <CardFace card={card} />
        <CardActions card={card} onOpen={open} />
      </Paper>
    </div>
  )
})
