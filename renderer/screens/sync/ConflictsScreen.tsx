import { EmptyState, Skeleton, Stack, Text } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useState } from 'react'
import { syncStatusTopic } from '#shared/contract/index'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { plural } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { ConflictCard } from './ConflictCard.tsx'

/**
 * The conflict inbox: every change the server refused waits here for the user's word,
 * because nothing they made may vanish silently.
 */
export function ConflictsScreen() {
  const { data, error, reload } = useCrmQuery('sync.conflicts', {}, [syncStatusTopic])
  // Inline feedback: the project has no notification system, and a row that leaves the
  // list deserves a word on where it went.
  const [feedback, setFeedback] = useState('')

  return (
    <>
      <ScreenHeader
        title="Conflicts"
        subtitle={
          data && data.length > 0
            ? `${plural(data.length, 'change')} the server refused, waiting for your decision`
            : ' '
        }
      />
      <Text size="sm" c="teal" role="status" mb={feedback ? 'sm' : 0}>
        {feedback}
      </Text>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : !data ? (
        <Skeleton h={240} />
      ) : data.length === 0 ? (
        <EmptyState
          icon={<IconCircleCheck />}
          title="No conflicts: every change you made has reached the server."
        />
      ) : (
        <Stack maw={900}>
          {data.map((row) => (
            <ConflictCard key={row.mutationId} row={row} onDone={setFeedback} />
          ))}
        </Stack>
      )}
    </>
  )
}
