import {
  Button,
  Center,
  EmptyState,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
} from '@mantine/core'
import { IconMessagePlus, IconMessages } from '@tabler/icons-react'
import { useState } from 'react'
import type { InteractionRow } from '#shared/contract/index'
import { LoadError } from '../../../components/LoadError.tsx'
import { crm } from '../../../lib/crm.ts'
import { errorText } from '../../../lib/error-text.ts'
import { offerUndo } from '../../../lib/undo.tsx'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'
import { useUiStore } from '../../../stores/ui-store.ts'
import { pageTables } from './page-tables.ts'
import { PageCard } from './PageCard.tsx'
import { TimelineEntry } from './TimelineEntry.tsx'
import { useTimeline } from './use-timeline.ts'
import { interactionColors, interactionIcons, interactionNoun } from './words.ts'

/** Every email, call, meeting, note and DM with this influencer, newest first. */
export function InteractionTimeline({ influencerId }: { influencerId: string }) {
  const timeline = useTimeline(influencerId)
  const members = useCrmQuery('workspace.members', {}, pageTables.members)
  const [error, setError] = useState<string>()
  const names = new Map((members.data ?? []).map((m) => [m.id, m.name]))
  const log = () => useUiStore.getState().openLogInteraction({ influencerId })

  const remove = async (row: InteractionRow) => {
    setError(undefined)
    try {
      await crm('interactions.delete', { id: row.id })
      const subject = row.subject ? ` “${row.subject}”` : ''
      offerUndo(`Deleted ${interactionNoun(row.type)}${subject}`, () =>
        crm('interactions.restore', { id: row.id }),
      )
    } catch (e) {
      setError(errorText(e))
    }
  }

  return (
    <PageCard
      title="Timeline"
      action={
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconMessagePlus size={14} />}
          onClick={log}
        >
          Log
        </Button>
      }
    >
      {timeline.error ? (
        <LoadError error={timeline.error} onRetry={timeline.reload} />
      ) : !timeline.rows ? (
        <Stack gap="sm">
          <Skeleton h={48} />
          <Skeleton h={48} />
          <Skeleton h={48} />
        </Stack>
      ) : timeline.rows.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconMessages />}
          title="No interactions yet — log the first one (Ctrl/⌘ L)"
          description="Emails, calls, meetings, notes and DMs with them will line up here."
        >
          <EmptyState.Actions>
            <Button variant="light" onClick={log}>
              Log interaction
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Timeline bulletSize={28} lineWidth={2} role="list" aria-label="Interactions">
            {timeline.rows.map((row) => {
              const Icon = interactionIcons[row.type]
              return (
                <Timeline.Item
                  key={row.id}
                  role="listitem"
                  bullet={
                    <ThemeIcon
                      size={28}
                      radius="xl"
                      variant="light"
                      color={interactionColors[row.type]}
                      aria-hidden
                    >
                      <Icon size={15} />
                    </ThemeIcon>
                  }
                >
                  <TimelineEntry
                    row={row}
                    loggedBy={row.userId ? (names.get(row.userId) ?? 'a former colleague') : null}
                    onDelete={() => void remove(row)}
                  />
                </Timeline.Item>
              )
            })}
          </Timeline>
          {error ? (
            <Text size="sm" c="red" role="alert" mt="sm">
              {error}
            </Text>
          ) : null}
          {timeline.hasOlder ? (
            <Center mt="md">
              <Button
                variant="default"
                size="xs"
                loading={timeline.loadingOlder}
                onClick={timeline.loadOlder}
              >
                Load older
              </Button>
            </Center>
          ) : null}
        </>
      )}
    </PageCard>
  )
}
