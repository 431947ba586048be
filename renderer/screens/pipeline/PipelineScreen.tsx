import { Badge, Card, Group, ScrollArea, Skeleton, Stack, Text } from '@mantine/core'
import { EmptyState } from '@mantine/core'
import { IconLayoutKanban } from '@tabler/icons-react'
import type { PipelineColumn } from '#shared/contract/index'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { formatCompact } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'

const kindColor = { open: 'gray', won: 'teal', lost: 'red' } as const

function Column({ column }: { column: PipelineColumn }) {
  return (
    <Stack w={250} miw={250} gap="xs" component="section" aria-label={column.name}>
      <Group justify="space-between">
        <Text fw={600}>{column.name}</Text>
        <Badge color={kindColor[column.kind]} variant="light">
          {column.count}
        </Badge>
      </Group>
      {column.cards.map((card) => (
        <Card key={card.relationshipId} withBorder padding="xs" radius="md">
          <Text size="sm" fw={500} truncate>
            {card.name}
          </Text>
          <Text size="xs" c="dimmed">
            {card.primaryPlatform ?? 'no platform'} · {formatCompact(card.followers)} followers
          </Text>
        </Card>
      ))}
      {column.count > column.cards.length ? (
        <Text size="xs" c="dimmed" ta="center">
          and {column.count - column.cards.length} more
        </Text>
      ) : null}
    </Stack>
  )
}

export function PipelineScreen() {
  const { data, error, reload } = useCrmQuery('pipeline.board', { cardsPerStage: 30 }, [
    'pipeline_stages',
    'influencer_relationships',
    'influencers',
  ])
  if (error) return <LoadError error={error} onRetry={reload} />
  const total = data?.columns.reduce((n, c) => n + c.count, 0) ?? 0
  return (
    <>
      <ScreenHeader
        title="Pipeline"
        subtitle={data ? `${total} influencers in the pipeline` : ' '}
      />
      {!data ? (
        <Group align="flex-start" wrap="nowrap">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} w={250} h={300} />
          ))}
        </Group>
      ) : total === 0 ? (
        <EmptyState
          icon={<IconLayoutKanban />}
          title="Nobody in the pipeline yet"
          description="Add influencers on the Influencers screen; each one lands in the first column."
        />
      ) : (
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="flex-start" wrap="nowrap" gap="md">
            {data.columns.map((column) => (
              <Column key={column.id} column={column} />
            ))}
          </Group>
        </ScrollArea>
      )}
    </>
  )
}
