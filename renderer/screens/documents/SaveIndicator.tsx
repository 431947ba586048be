import { Button, Group, Loader, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import type { SaveState } from './yjs-bridge.ts'

/** Where the text stands: stored on this device, on its way, or refused (and kept). */
export function SaveIndicator({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  return (
    <Group gap={6} role="status" aria-live="polite" wrap="nowrap" data-testid="save-state">
      {save.error ? (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-6)" aria-hidden />
          <Text size="sm" c="red">
            Not saved: {save.error} Your edits are kept here.
          </Text>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        </>
      ) : save.pending ? (
        <>
          <Loader size={14} aria-hidden />
          <Text size="sm" c="dimmed">
            Saving…
          </Text>
        </>
      ) : (
        <>
          <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text size="sm" c="dimmed">
            Saved on this device
          </Text>
        </>
      )}
    </Group>
  )
}
