import { Anchor, Badge, Group, Skeleton, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'
import { LoadError } from '../../../components/LoadError.tsx'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'
import { pageTables } from './page-tables.ts'
import { PageCard } from './PageCard.tsx'
import { formatDay, sentence } from './words.ts'
import { formatMoney } from '../../../lib/money.ts'

const statusColors: Record<string, string> = {
  draft: 'gray',
  planned: 'blue',
  active: 'teal',
  paused: 'yellow',
  completed: 'violet',
  cancelled: 'red',
}

/** The campaigns they are in, and where they stand in each. */
export function CampaignsCard({ influencerId }: { influencerId: string }) {
  const campaigns = useCrmQuery('influencers.campaigns', { influencerId }, pageTables.campaigns)
  return (
    <PageCard title="Campaigns">
      {campaigns.error ? (
        <LoadError error={campaigns.error} onRetry={campaigns.reload} />
      ) : !campaigns.data ? (
        <Skeleton h={64} />
      ) : campaigns.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not in any campaign yet — add them from a campaign’s page or from the Influencers table.
        </Text>
      ) : (
        <Stack gap="sm" role="list" aria-label="Campaigns">
          {campaigns.data.map((c) => (
            <Group
              key={c.campaignInfluencerId}
              justify="space-between"
              wrap="nowrap"
              role="listitem"
            >
              <Stack gap={2} miw={0}>
                <Anchor
                  component={Link}
                  to={`/campaigns/${c.campaignId}`}
                  size="sm"
                  fw={600}
                  truncate
                >
                  {c.campaignName}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {[
                    c.brandName,
                    c.startDate ? `from ${formatDay(c.startDate)}` : null,
                    c.rate === null ? null : `rate ${formatMoney(c.rate, c.currency)}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              <Group gap={6} wrap="nowrap">
                <Badge size="sm" variant="light" color="gray" title="Their status in the campaign">
                  {sentence(c.status)}
                </Badge>
                <Badge
                  size="sm"
                  variant="dot"
                  color={statusColors[c.campaignStatus] ?? 'gray'}
                  title="The campaign’s status"
                >
                  {sentence(c.campaignStatus)}
                </Badge>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </PageCard>
  )
}
