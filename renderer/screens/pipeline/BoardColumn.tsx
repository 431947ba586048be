import { useDroppable } from '@dnd-kit/core'
import { Badge, ColorSwatch, Group, Text, Title } from '@mantine/core'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef } from 'react'
import type { PipelineColumn } from '#shared/contract/index'
import { formatCount } from '../../lib/format.ts'
import { slotCards, type DropTarget } from './board-move.ts'
import { headZoneId, listZoneId, type ZoneData } from './board-zones.ts'
import { columnWidth, rowHeight } from './board-layout.ts'
import { BoardCard } from './BoardCard.tsx'
import classes from './pipeline.module.css'

const kindColor = { open: 'gray', won: 'teal', lost: 'red' } as const

export interface BoardColumnProps {
  column: PipelineColumn
  /** The card being dragged, wherever it is. */
  activeId: string | null
  /** Where the dragged card would land, when that is in this column and not where it is. */
  target: DropTarget | null
  /** Lets the board scroll this column to a slot (keyboard moves, revealing a dropped card). */
  registerScroller: (stageId: string, scrollTo: ((index: number) => void) | null) => void
}

/**
 * One stage: its name and count, and its cards in a virtualized list, so a column of
 * thousands renders only the few dozen in sight.
 */
export function BoardColumn({ column, activeId, target, registerScroller }: BoardColumnProps) {
  const listRef = useRef<HTMLDivElement | null>(null)
  const head = useDroppable({
    id: headZoneId(column.id),
    data: { kind: 'head', stageId: column.id } satisfies ZoneData,
  })
  const { setNodeRef: setListZone } = useDroppable({
    id: listZoneId(column.id),
    data: { kind: 'list', stageId: column.id } satisfies ZoneData,
  })
  const setListNode = useCallback(
    (node: HTMLDivElement | null) => {
      listRef.current = node
      setListZone(node)
    },
    [setListZone],
  )

  const { cards } = column
  // The dragged card stays mounted even when scrolled out of sight: dnd-kit holds on to it.
  const activeIndex = activeId ? cards.findIndex((c) => c.relationshipId === activeId) : -1
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      return activeIndex >= 0 && !indexes.includes(activeIndex)
        ? [...indexes, activeIndex].sort((a, b) => a - b)
        : indexes
    },
    [activeIndex],
  )
  // The virtualizer hands out fresh functions on every render by design; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (i) => cards[i]!.relationshipId,
    overscan: 6,
    rangeExtractor,
    initialRect: { width: columnWidth, height: 600 },
  })

  useEffect(() => {
    registerScroller(column.id, (index) =>
      virtualizer.scrollToIndex(Math.min(index, Math.max(0, cards.length - 1)), { align: 'auto' }),
    )
    return () => registerScroller(column.id, null)
  }, [registerScroller, column.id, virtualizer, cards.length])

  const slots = target && activeId ? slotCards([column], activeId, column.id) : []
  const lineBeforeId = target ? (slots[target.index]?.relationshipId ?? null) : null
  const lineAtEnd = target !== null && cards.length > 0 && lineBeforeId === null
  const total = virtualizer.getTotalSize()

  return (
    <section
      aria-label={column.name}
      className={classes.column}
      data-stage-id={column.id}
      data-target={target ? true : undefined}
    >
      <div ref={head.setNodeRef} className={classes.head}>
        <Group gap={8} wrap="nowrap" miw={0}>
          {column.color ? (
            <ColorSwatch color={column.color} size={10} withShadow={false} aria-hidden />
          ) : null}
          <Title order={3} size="sm" fw={600}>
            {column.name}
          </Title>
        </Group>
        <Badge
          variant="light"
          color={kindColor[column.kind]}
          data-testid="column-count"
          aria-label={`${formatCount(column.count)} in ${column.name}`}
        >
          {formatCount(column.count)}
        </Badge>
      </div>
      <div ref={setListNode} className={classes.list} data-scroll="list">
        {cards.length === 0 ? (
          <div className={classes.emptyDrop} data-target={target ? true : undefined}>
            <Text size="sm" c="dimmed">
              {target ? 'Drop here' : 'No one at this stage. Drag a card here to move it.'}
            </Text>
          </div>
        ) : (
          <div
            className={classes.rows}
            style={{ height: total }}
            role="list"
            aria-label={`${column.name} cards`}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index]!
              return (
                <BoardCard
                  key={item.key}
                  card={card}
                  stageId={column.id}
                  start={item.start}
                  index={item.index}
                  count={column.count}
                  lineBefore={card.relationshipId === lineBeforeId}
                />
              )
            })}
            {lineAtEnd ? <div className={classes.line} style={{ top: total - 5.5 }} /> : null}
          </div>
        )}
        {column.count > cards.length ? (
          <Text size="xs" c="dimmed" ta="center" mt="xs">
            Showing the first {formatCount(cards.length)} of {formatCount(column.count)}. Filter to
            see the rest.
          </Text>
        ) : null}
      </div>
    </section>
  )
}
