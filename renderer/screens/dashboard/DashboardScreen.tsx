import { Grid, Stack } from '@mantine/core'
import { LoadError } from '../../components/LoadError.tsx'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { AttributedRevenue } from './AttributedRevenue.tsx'
import { CampaignSpend } from './CampaignSpend.tsx'
import { InteractionsOverTime } from './InteractionsOverTime.tsx'
import { PipelineFunnel } from './PipelineFunnel.tsx'
import { SummaryStats } from './SummaryStats.tsx'
import { TeamActivity } from './TeamActivity.tsx'
import { TopInfluencers } from './TopInfluencers.tsx'

const watched = [
  'organizations',
  'influencers',
  'influencer_relationships',
  'interactions',
  'campaigns',
  'documents',
]

/** The agency at a glance: each card reads its own figures and re-reads on its tables' changes. */
export function DashboardScreen() {
  const { data, error, reload } = useCrmQuery('workspace.summary', {}, watched)
  return (
    <>
      <ScreenHeader title="Dashboard" subtitle={data?.organization.name} />
      <Stack gap="md">
        {error ? <LoadError error={error} onRetry={reload} /> : <SummaryStats summary={data} />}
        <AttributedRevenue />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <PipelineFunnel />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <InteractionsOverTime />
          </Grid.Col>
        </Grid>
        <CampaignSpend />
        <TopInfluencers />
        <TeamActivity />
      </Stack>
    </>
  )
}
