import { Alert, Badge, CloseButton, Group, Paper, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** One part of the campaign page: a title with its count and action, and its refusal. */
export function SectionCard({
  title,
  count,
  action,
  error,
  onDismissError,
  children,
}: {
  title: string
  count?: number | undefined
  action?: ReactNode
  error?: string | undefined
  onDismissError?: () => void
  children: ReactNode
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="xs">
          <Title order={3} size="h5">
            {title}
          </Title>
          {count !== undefined ? (
            <Badge variant="default" size="sm" circle={count < 10}>
              {count}
            </Badge>
          ) : null}
        </Group>
        {action}
      </Group>
      {error ? (
        <Alert color="red" role="alert" mb="sm" withCloseButton={false} title="That did not work">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <span>{error}</span>
            {onDismissError ? (
              <CloseButton size="sm" aria-label="Dismiss the message" onClick={onDismissError} />
            ) : null}
          </Group>
        </Alert>
      ) : null}
      {children}
    </Paper>
  )
}
