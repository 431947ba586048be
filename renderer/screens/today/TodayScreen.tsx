import { Button, Card, EmptyState, Group, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core'
import { IconCalendarCheck, IconMessageCircle } from '@tabler/icons-react'
import { useMemo } from 'react'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { plural } from '../../lib/format.ts'
import { localDay } from '../../lib/local-day.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { useUiStore } from '../../stores/ui-store.ts'
import { FollowUpItem } from './FollowUpItem.tsx'
import { TaskItem } from './TaskItem.tsx'

const watched = ['influencer_relationships', 'tasks', 'influencers', 'users']

/** What needs doing by the end of the user's day: pipeline follow-ups and open tasks. */
export function TodayScreen() {
  // The day is fixed when the screen opens; a reload after midnight starts the next one.
  const day = useMemo(() => localDay(), [])
  const { data, error, reload } = useCrmQuery('today.agenda', day, watched)
  const openLog = useUiStore((s) => s.openLogInteraction)

  if (error) return <LoadError error={error} onRetry={reload} />
  const total = data ? data.followUps.length + data.tasks.length : 0
  return (
    <>
      <ScreenHeader
        title="Today"
        subtitle={data ? (total ? `${plural(total, 'thing')} due by tonight` : 'All clear') : ' '}
        actions={
          <Button leftSection={<IconMessageCircle size={16} />} onClick={() => openLog({})}>
            Log interaction
          </Button>
        }
      />
      {!data ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Skeleton h={240} />
          <Skeleton h={240} />
        </SimpleGrid>
      ) : total === 0 ? (
        <EmptyState
          icon={<IconCalendarCheck />}
          title="Nothing due today"
          description="Set a follow-up on a pipeline card or add a task on an influencer's page, and it shows up here on its day."
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card withBorder padding="md" component="section" aria-label="Follow-ups">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4">
                Follow-ups
              </Title>
            </Group>
            {data.followUps.length ? (
              <Stack gap="xs">
                {data.followUps.map((f) => (
                  <FollowUpItem key={f.relationshipId} followUp={f} />
                ))}
              </Stack>
            ) : (
              <EmptyState title="No follow-ups due" description="The pipeline is up to date." />
            )}
          </Card>
          <Card withBorder padding="md" component="section" aria-label="Tasks">
            <Title order={3} size="h4" mb="sm">
              Tasks
            </Title>
            {data.tasks.length ? (
              <Stack gap="xs">
                {data.tasks.map((t) => (
                  <TaskItem key={t.id} task={t} />
                ))}
              </Stack>
            ) : (
              <EmptyState title="No tasks due" description="Nothing on the list for today." />
            )}
          </Card>
        </SimpleGrid>
      )}
    </>
  )
}
