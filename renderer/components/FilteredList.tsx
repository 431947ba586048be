import { Button, EmptyState, Skeleton } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { LoadError } from './LoadError.tsx'

/**
 * The four states every filtered list has, said the same way on every screen: it failed
 * (with a retry), it is loading, nothing matches the filters (with a way back to all), or
 * there is nothing yet (with the action that makes the first one).
 */
export function FilteredList<T>({
  error,
  reload,
  data,
  filtered,
  clear,
  noMatch,
  empty,
  children,
}: {
  error: Error | undefined
  reload: () => void
  data: T[] | undefined
  filtered: boolean
  clear: () => void
  noMatch: { title: string; description: string; showAll: string }
  empty: { icon: ReactNode; title: string; description: string; action: ReactNode }
  children: (rows: T[]) => ReactNode
}) {
  if (error) return <LoadError error={error} onRetry={reload} />
  if (!data) return <Skeleton h={320} />
  if (data.length > 0) return children(data)
  return filtered ? (
    <EmptyState icon={<IconSearch />} title={noMatch.title} description={noMatch.description}>
      <EmptyState.Actions>
        <Button variant="light" onClick={clear}>
          {noMatch.showAll}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  ) : (
    <EmptyState icon={empty.icon} title={empty.title} description={empty.description}>
      <EmptyState.Actions>{empty.action}</EmptyState.Actions>
    </EmptyState>
  )
}
