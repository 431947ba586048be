import { Alert, Button } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'

/** A read that failed, in words, with the one thing a user can do about it. */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title="This could not be loaded" role="alert">
      {error.message}
      <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  )
}
