import { Alert, Button, Group } from '@mantine/core'
import type { ReactNode } from 'react'

/** A dialog's last lines: why main refused, if it did, then Cancel and the one action. */
export function DialogActions({
  error,
  busy,
  onCancel,
  onSubmit,
  children,
}: {
  error: string | undefined
  busy: boolean
  onCancel: () => void
  onSubmit: () => void
  /** The action's label: "Make offer", "Record payment". */
  children: ReactNode
}) {
  return (
    <>
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button loading={busy} onClick={onSubmit}>
          {children}
        </Button>
      </Group>
    </>
  )
}
