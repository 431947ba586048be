import { Button, Menu } from '@mantine/core'
import { IconChevronDown } from '@tabler/icons-react'
import { humanize } from '../campaign-words.ts'

/**
 * The statuses a row may move to next, as the shared status machine allows. Main decides
 * for good (a colleague may have moved it meanwhile); its refusal is shown by the card.
 */
export function TransitionMenu({
  label,
  next,
  busy,
  onMove,
  actionLabel = (status) => `Mark ${humanize(status).toLowerCase()}`,
}: {
  /** Names the row for screen readers: "Change status of Ava's offer". */
  label: string
  next: readonly string[]
  busy: boolean
  onMove: (status: string) => void
  actionLabel?: (status: string) => string
}) {
  if (next.length === 0) return null
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="default"
          loading={busy}
          aria-label={label}
          rightSection={<IconChevronDown size={12} />}
        >
          Status
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {next.map((status) => (
          <Menu.Item key={status} onClick={() => onMove(status)}>
            {actionLabel(status)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
