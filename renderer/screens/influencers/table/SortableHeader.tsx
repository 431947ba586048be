import { Group, Table, Text, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react'
import type { SortKey, TableSort } from '../../../stores/influencer-table-query.ts'

interface SortableHeaderProps {
  label: string
  by: SortKey
  sort: TableSort
  onSort: (by: SortKey) => void
  width?: number | string
  align?: 'left' | 'right'
}

/** A column header that sorts by its column; aria-sort tells screen readers which way. */
export function SortableHeader({ label, by, sort, onSort, width, align }: SortableHeaderProps) {
  const active = sort.by === by
  const Icon = !active ? IconSelector : sort.dir === 'asc' ? IconChevronUp : IconChevronDown
  return (
    <Table.Th
      w={width}
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <UnstyledButton onClick={() => onSort(by)} w="100%">
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          <Text size="sm" fw={700}>
            {label}
          </Text>
          <Icon
            size={14}
            stroke={active ? 2.4 : 1.8}
            color={active ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-dimmed)'}
            aria-hidden
          />
        </Group>
      </UnstyledButton>
    </Table.Th>
  )
}
