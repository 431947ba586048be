import { Button, EmptyState } from '@mantine/core'
import { IconFilterOff, IconPlus, IconUsers } from '@tabler/icons-react'

interface TableEmptyStateProps {
  /** True when a search or filter hides people; false when there is nobody at all. */
  narrowed: boolean
  search: string
  onAdd: () => void
  onClear: () => void
}

/** Nobody to show: says why, and offers the one step that changes it. */
export function TableEmptyState({ narrowed, search, onAdd, onClear }: TableEmptyStateProps) {
  if (!narrowed)
    return (
      <EmptyState
        mt="xl"
        icon={<IconUsers />}
        title="No influencers yet"
        description="Add the first one to start your list; Ctrl/⌘ N does it from the keyboard."
      >
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
            Add influencer
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    )
  return (
    <EmptyState
      mt="xl"
      icon={<IconFilterOff />}
      title={search ? `No influencer matches “${search}”` : 'No influencer matches these filters'}
      description="Try a shorter search or loosen a filter, or clear them to see everyone."
    >
      <EmptyState.Actions>
        <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear search and filters
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  )
}
