import { Card, SimpleGrid, Skeleton, Text } from '@mantine/core'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { formatCount } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'

const watched = [
  'influencers',
  'influencer_relationships',
  'interactions',
  'campaigns',
  'documents',
]

export function DashboardScreen() {
  const { data, error, reload } = useCrmQuery('workspace.summary', {}, watched)
  if (error) return <LoadError error={error} onRetry={reload} />
  const stats = data
    ? [
        { label: 'Influencers', value: data.counts.influencers },
        { label: 'In the pipeline', value: data.counts.relationships },
        { label: 'Interactions logged', value: data.counts.interactions },
        { label: 'Campaigns', value: data.counts.campaigns },
        { label: 'Documents', value: data.counts.documents },
      ]
    : []
  return (
    <>
      <ScreenHeader title="Dashboard" subtitle={data?.organization.name} />
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {data
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
    </>
  )
}
