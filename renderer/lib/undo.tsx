import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { errorText } from './error-text.ts'

interface Undoable {
  id: string
  message: string
  undo: () => Promise<unknown>
}

/** Only the last destructive action can be undone: what a user expects from Mod+Z here. */
let last: Undoable | null = null
let counter = 0

/**
 * Tells the user what just happened with an Undo button beside it, and makes it the
 * action Mod+Z reverses. `undo` calls main (restore, move back) like any other write.
 */
export function offerUndo(message: string, undo: () => Promise<unknown>): void {
  if (last) notifications.hide(last.id)
  const entry: Undoable = { id: `undo-${++counter}`, message, undo }
  last = entry
  notifications.show({
    id: entry.id,
    autoClose: 8000,
    withCloseButton: true,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void undoLast()}>
          Undo
        </Button>
      </Group>
    ),
    onClose: () => {
      // Closing the note does not take the undo away; only a newer action does.
    },
  })
}

/** Reverses the last destructive action, once. Returns false when there was none. */
export async function undoLast(): Promise<boolean> {
  const entry = last
  if (!entry) return false
  last = null
  notifications.hide(entry.id)
  try {
    await entry.undo()
    notifications.show({ message: `Undone: ${entry.message}`, autoClose: 3000 })
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'This could not be undone',
      message: errorText(error),
    })
  }
  return true
}
