import { Box, Checkbox, Table, Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import type { InfluencerRow } from '#shared/contract/index'
import type { SortKey, TableSort } from '../../../stores/influencer-table-query.ts'
import { columnCount, columnWidths as w, rowHeight } from './columns.ts'
import { InfluencerTableRow } from './InfluencerTableRow.tsx'
import { SortableHeader } from './SortableHeader.tsx'
import type { TableLookups } from './use-table-lookups.ts'
import type { RowSelection } from './use-row-selection.ts'

interface InfluencerTableProps {
  rows: InfluencerRow[]
  total: number
  hasMore: boolean
  onLoadMore: () => void
  sort: TableSort
  onSort: (by: SortKey) => void
  selection: RowSelection
  lookups: TableLookups
  onOpen: (id: string) => void
  /** Room below the last row, so the floating bulk bar never hides it. */
  bottomSpace: number
}

/** Rows before the end at which the next page is asked for: it arrives before it is needed. */
const loadAhead = 100

/**
 * The influencers as a virtualized table: only rows in view are in the DOM, so thousands
 * scroll smoothly. Rows are one Tab stop; arrows, Page keys, Home and End move between
 * them, Enter opens one, Space ticks it.
 */
export function InfluencerTable(props: InfluencerTableProps) {
  const { rows, total, hasMore, onLoadMore, sort, onSort, selection, lookups, onOpen } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLTableSectionElement>(null)
  const [headHeight, setHeadHeight] = useState(40)
  useLayoutEffect(() => {
    const measured = headRef.current?.offsetHeight
    if (measured) setHeadHeight(measured)
  }, [])

  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // The sticky header sits above the rows inside the same scroll box.
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - loadAhead) onLoadMore()
  }, [hasMore, lastIndex, rows.length, onLoadMore])

  const [focusIndex, setFocusIndex] = useState(0)
  const pendingFocus = useRef<number | null>(null)
  const rowElement = (index: number) =>
    scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`) ?? null
  // A row scrolled to by the keyboard exists only after the virtualizer renders it.
  useEffect(() => {
    if (pendingFocus.current === null) return
    const element = rowElement(pendingFocus.current)
    if (element) {
      pendingFocus.current = null
      element.focus({ preventScroll: true })
    }
  })

  const moveFocus = useCallback(
    (index: number) => {
      if (rows.length === 0) return
      const target = Math.max(0, Math.min(rows.length - 1, index))
      setFocusIndex(target)
      virtualizer.scrollToIndex(target)
      // The virtualizer scrolls (clear of the sticky header); focusing must not scroll again.
      const element = rowElement(target)
      if (element) element.focus({ preventScroll: true })
      else pendingFocus.current = target
    },
    [rows.length, virtualizer],
  )

  const { toggle } = selection
  const onRowKeyDown = useCallback(
    (index: number, event: KeyboardEvent<HTMLTableRowElement>) => {
      if (event.target !== event.currentTarget) return
      const row = rows[index]
      const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight) - 1)
      if (event.key === 'ArrowDown') moveFocus(index + 1)
      else if (event.key === 'ArrowUp') moveFocus(index - 1)
      else if (event.key === 'PageDown') moveFocus(index + page)
      else if (event.key === 'PageUp') moveFocus(index - page)
      else if (event.key === 'Home') moveFocus(0)
      else if (event.key === 'End') moveFocus(rows.length - 1)
      else if (event.key === 'Enter' && row) onOpen(row.id)
      else if (event.key === ' ' && row) toggle(row.id)
      else return
      event.preventDefault()
    },
    [rows, moveFocus, onOpen, toggle],
  )

  const rendered = items.filter((item) => item.index < rows.length).map((item) => item.index)
  // The Tab stop stays on the last focused row, or the first in view once that one scrolled away.
  const tabStop = rendered.includes(focusIndex) ? focusIndex : rendered[0]
  const paddingTop = (items[0]?.start ?? headHeight) - headHeight
  const paddingBottom =
    virtualizer.getTotalSize() - ((items.at(-1)?.end ?? headHeight) - headHeight)

  return (
    <Box ref={scrollRef} h="100%" style={{ overflowY: 'auto' }}>
      <Table
        aria-label="Influencers"
        aria-rowcount={total + 1}
        layout="fixed"
        stickyHeader
        highlightOnHover
        verticalSpacing={4}
      >
        <Table.Thead ref={headRef} style={{ zIndex: 1 }}>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w={w.select}>
              <Checkbox
                aria-label="Select all loaded influencers"
                checked={selection.allSelected}
                indeterminate={selection.ids.length > 0 && !selection.allSelected}
                onChange={selection.toggleAll}
              />
            </Table.Th>
            <SortableHeader label="Name" by="name" sort={sort} onSort={onSort} />
            <Table.Th w={w.platform}>Platform</Table.Th>
            <SortableHeader
              label="Followers"
              by="followers"
              sort={sort}
              onSort={onSort}
              width={w.followers}
              align="right"
            />
            <SortableHeader
              label="Engagement"
              by="engagement"
              sort={sort}
              onSort={onSort}
              width={w.engagement}
              align="right"
            />
            <Table.Th w={w.country}>Country</Table.Th>
            <Table.Th w={w.niches}>Niches</Table.Th>
            <Table.Th w={w.stage}>Stage</Table.Th>
            <Table.Th w={w.owner}>Owner</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 ? <Spacer height={paddingTop} /> : null}
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return <LoadingMoreRow key="loading-more" />
            return (
              <InfluencerTableRow
                key={row.id}
                row={row}
                index={item.index}
                selected={selection.selected.has(row.id)}
                tabbable={item.index === tabStop}
                stageName={row.stageId === null ? null : lookups.stageName.get(row.stageId)}
                ownerName={row.ownerId === null ? null : lookups.ownerName.get(row.ownerId)}
                onToggle={toggle}
                onOpen={onOpen}
                onRowKeyDown={onRowKeyDown}
                onRowFocus={setFocusIndex}
                measureRef={virtualizer.measureElement}
              />
            )
          })}
          {paddingBottom > 0 ? <Spacer height={paddingBottom} /> : null}
        </Table.Tbody>
      </Table>
      <Box h={props.bottomSpace} aria-hidden />
    </Box>
  )
}

/** Stands in for the rows scrolled out of view; hidden from assistive tech, not a row to them. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={columnCount} style={{ padding: 0, border: 0 }} />
    </tr>
  )
}

function LoadingMoreRow() {
  return (
    <tr aria-hidden style={{ height: rowHeight }}>
      <td colSpan={columnCount}>
        <Text size="sm" c="dimmed" ta="center">
          Loading more influencers…
        </Text>
      </td>
    </tr>
  )
}
