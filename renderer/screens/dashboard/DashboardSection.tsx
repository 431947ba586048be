import { Card, EmptyState, Group, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useId, type ReactNode } from 'react'
import { LoadError } from '../../components/LoadError.tsx'
import type { CrmQuery } from '../../lib/use-crm-query.ts'

export interface EmptyWords {
  icon: ReactNode
  title: string
  /** What to do so this section fills up. */
  description: string
  action?: ReactNode
}

interface Props<T> {
  title: string
  subtitle?: ReactNode
  /** Controls beside the title (a range or currency switch). */
  controls?: ReactNode
  query: CrmQuery<T>
  isEmpty: (data: T) => boolean
  empty: EmptyWords
  skeletonHeight?: number
  children: (data: T) => ReactNode
}

/**
 * One card of the dashboard, a region named by its title: a skeleton until the first
 * answer, the error in words, an empty state that says what to do, or the figures.
 */
export function DashboardSection<T>({
  title,
  subtitle,
  controls,
  query,
  isEmpty,
  empty,
  skeletonHeight = 220,
  children,
}: Props<T>) {
  const titleId = useId()
  const { data, error, reload } = query
  let body: ReactNode
  if (error) body = <LoadError error={error} onRetry={reload} />
  else if (data === undefined)
    body = <Skeleton h={skeletonHeight} aria-label={`Loading ${title.toLowerCase()}`} />
  else if (isEmpty(data))
    body = (
      <EmptyState
        size="sm"
        withIndicatorBackground
        icon={empty.icon}
        title={empty.title}
        description={empty.description}
        py="lg"
      >
        {empty.action ? <EmptyState.Actions>{empty.action}</EmptyState.Actions> : null}
      </EmptyState>
    )
  else body = children(data)

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {title}
            </Title>
            {subtitle ? (
              <Text size="sm" c="dimmed">
                {subtitle}
              </Text>
            ) : null}
          </div>
          {controls}
        </Group>
        {body}
      </Stack>
    </Card>
  )
}
