import { Badge, Checkbox, Group, Table, Text } from '@mantine/core'
import { memo, type KeyboardEvent } from 'react'
import type { InfluencerRow } from '#shared/contract/index'
import { formatCompact } from '../../../lib/format.ts'
import { engagementText, platformLabel, rowHeight } from './columns.ts'

interface InfluencerTableRowProps {
  row: InfluencerRow
  index: number
  selected: boolean
  /** The one row Tab lands on (roving tab stop); arrows move it. */
  tabbable: boolean
  /** null: no pipeline card (or no owner); undefined: the name has not loaded yet. */
  stageName: string | null | undefined
  ownerName: string | null | undefined
  onToggle: (id: string) => void
  onOpen: (id: string) => void
  onRowKeyDown: (index: number, event: KeyboardEvent<HTMLTableRowElement>) => void
  onRowFocus: (index: number) => void
  /** The virtualizer's measuring ref: rows are placed by their real height, borders and all. */
  measureRef: (element: HTMLTableRowElement | null) => void
}

const shownNiches = 2

/** One influencer. Memoized: scrolling re-renders only rows that come into view. */
export const InfluencerTableRow = memo(function InfluencerTableRow({
  row,
  index,
  selected,
  tabbable,
  stageName,
  ownerName,
  onToggle,
  onOpen,
  onRowKeyDown,
  onRowFocus,
  measureRef,
}: InfluencerTableRowProps) {
  const extraNiches = row.nicheTags.length - shownNiches
  return (
    <Table.Tr
      ref={measureRef}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
      h={rowHeight}
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
      style={{ cursor: 'pointer' }}
      onClick={() => onOpen(row.id)}
      onKeyDown={(event) => onRowKeyDown(index, event)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onRowFocus(index)
      }}
    >
      {/* Ticking a box selects; it must not also open the influencer. */}
      <Table.Td onClick={(event) => event.stopPropagation()}>
        <Checkbox
          aria-label={`Select ${row.name}`}
          tabIndex={-1}
          checked={selected}
          onChange={() => onToggle(row.id)}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} truncate>
          {row.name}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {row.email ?? 'No email'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate>
          {platformLabel(row.primaryPlatform)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{formatCompact(row.followers)}</Table.Td>
      <Table.Td ta="right">{engagementText(row.engagementRate)}</Table.Td>
      <Table.Td>{row.country ?? '—'}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
          {row.nicheTags.slice(0, shownNiches).map((niche) => (
            <Badge
              key={niche}
              size="sm"
              variant="light"
              color="gray"
              title={niche}
              style={{ flexShrink: 1 }}
            >
              {niche}
            </Badge>
          ))}
          {extraNiches > 0 ? (
            <Text size="xs" c="dimmed" title={row.nicheTags.slice(shownNiches).join(', ')}>
              +{extraNiches}
            </Text>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate c={stageName === null ? 'dimmed' : undefined}>
          {stageName === null ? 'Not in pipeline' : stageName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate c={ownerName === null ? 'dimmed' : undefined}>
          {ownerName === null ? 'Unassigned' : ownerName}
        </Text>
      </Table.Td>
    </Table.Tr>
  )
})
