import { Card, SimpleGrid, Skeleton, Text } from '@mantine/core'
import type { WorkspaceSummary } from '#shared/contract/index'
import { formatCount } from '../../lib/format.ts'

/** The workspace's counts at a glance; each card is named for the test and screen readers. */
export function SummaryStats({ summary }: { summary: WorkspaceSummary | undefined }) {
  const stats = summary
    ? [
        { label: 'Influencers', value: summary.counts.influencers },
        { label: 'In the pipeline', value: summary.counts.relationships },
        { label: 'Interactions logged', value: summary.counts.interactions },
        { label: 'Campaigns', value: summary.counts.campaigns },
        { label: 'Documents', value: summary.counts.documents },
      ]
    : []
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
      {summary
        ? stats.map((s) => (
            <Card key={s.label} withBorder padding="md" aria-label={s.label}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {s.label}
              </Text>
              <Text size="xl" fw={700} data-testid={`stat-${s.label}`}>
                {formatCount(s.value)}
              </Text>
            </Card>
          ))
        : Array.from({ length: 5 }, (_, i) => <Skeleton key={i} h={76} />)}
    </SimpleGrid>
  )
}
