import { Card, Group, Title } from '@mantine/core'
import { useId, type ReactNode } from 'react'

/** One section of the influencer page: a titled card, named for screen readers by its title. */
export function PageCard({
  title,
  action,
  children,
}: {
  title: string
  action?: ReactNode
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  )
}
