import { ActionBar, Button, Text } from '@mantine/core'
import { IconColumns3, IconSpeakerphone, IconTag } from '@tabler/icons-react'
import { useState } from 'react'
import { bulkLimit } from '#shared/contract/index'
import { formatCount } from '../../../lib/format.ts'
import { BulkActionModal } from './BulkActionModal.tsx'
import { bulkTitles, type BulkKind } from './bulk-words.ts'
import type { TableLookups } from './use-table-lookups.ts'

interface BulkActionBarProps {
  /** The selected influencers, in the table's order. */
  ids: string[]
  stages: TableLookups['stages']
  onClear: () => void
}

const actions: { kind: BulkKind; icon: typeof IconTag }[] = [
  { kind: 'addToCampaign', icon: IconSpeakerphone },
  { kind: 'moveStage', icon: IconColumns3 },
  { kind: 'tag', icon: IconTag },
]

// Bottom left of the content, clear of the navigation and of notifications (bottom right).
const barPosition = {
  bottom: 24,
  left: 'calc(var(--app-shell-navbar-offset, 0rem) + var(--mantine-spacing-md))',
}

/** Floats over the table while rows are ticked: how many, and what can be done to them all. */
export function BulkActionBar({ ids, stages, onClear }: BulkActionBarProps) {
  const [open, setOpen] = useState<BulkKind | null>(null)
  const tooMany = ids.length > bulkLimit
  return (
    <>
      <ActionBar
        opened={ids.length > 0}
        onClose={onClear}
        aria-label="Bulk actions"
        p="xs"
        position={barPosition}
      >
        <Text size="sm" fw={600} px="xs" aria-live="polite">
          {formatCount(ids.length)} selected
        </Text>
        {tooMany ? (
          <Text size="sm" c="dimmed">
            Up to {formatCount(bulkLimit)} at a time
          </Text>
        ) : null}
        <ActionBar.Divider />
        {actions.map(({ kind, icon: Icon }) => (
          <Button
            key={kind}
            variant="subtle"
            size="sm"
            leftSection={<Icon size={16} />}
            disabled={tooMany}
            onClick={() => setOpen(kind)}
          >
            {bulkTitles[kind]}
          </Button>
        ))}
        <ActionBar.CloseButton aria-label="Clear selection" />
      </ActionBar>
      {open ? (
        <BulkActionModal
          kind={open}
          ids={ids}
          stages={stages}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null)
            onClear()
          }}
        />
      ) : null}
    </>
  )
}
