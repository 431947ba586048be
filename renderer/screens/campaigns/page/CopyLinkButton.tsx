import { ActionIcon, Button, CopyButton } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'

/**
 * Copies a value. Hints are native titles: a table of these stays light with dozens of rows. Where the clipboard is not available (a locked-down browser), copying
 * quietly does nothing and the value stays on screen to select by hand.
 */
export function CopyLinkButton({
  value,
  label,
  compact = false,
}: {
  value: string
  label: string
  compact?: boolean
}) {
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) =>
        compact ? (
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            aria-label={label}
            title={copied ? 'Copied' : label}
            onClick={copy}
          >
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        ) : (
          <Button
            size="xs"
            variant={copied ? 'light' : 'filled'}
            color={copied ? 'teal' : undefined}
            leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            aria-label={label}
            onClick={copy}
          >
            {copied ? 'Copied' : 'Copy link'}
          </Button>
        )
      }
    </CopyButton>
  )
}
