import { Anchor, Button, EmptyState, Grid, Skeleton, Stack } from '@mantine/core'
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react'
import { useEffect } from 'react'
import { Link, useParams } from 'react-router'
import { CrmError } from '#shared/contract/index'
import { LoadError } from '../../components/LoadError.tsx'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { useUiStore } from '../../stores/ui-store.ts'
import { AccountsCard } from './page/AccountsCard.tsx'
import { CampaignsCard } from './page/CampaignsCard.tsx'
import { DocumentsCard } from './page/DocumentsCard.tsx'
import { InfluencerHeader } from './page/InfluencerHeader.tsx'
import { InteractionTimeline } from './page/InteractionTimeline.tsx'
import { pageTables } from './page/page-tables.ts'
import { ProfileCard } from './page/ProfileCard.tsx'
import { RelationshipCard } from './page/RelationshipCard.tsx'
import { StatsChart } from './page/StatsChart.tsx'
import { TasksCard } from './page/TasksCard.tsx'

/** Everything the agency knows about one influencer, on one page. */
export function InfluencerPage() {
  const { id = '' } = useParams()
  const { data, error, reload } = useCrmQuery('influencers.get', { id }, pageTables.influencer)
  const setPageInfluencer = useUiStore((s) => s.setPageInfluencer)
  const shownId = data?.id ?? null
  useEffect(() => {
    setPageInfluencer(shownId)
    return () => setPageInfluencer(null)
  }, [shownId, setPageInfluencer])

  if (error) {
    const gone =
      error instanceof CrmError && (error.code === 'not_found' || error.code === 'invalid_input')
    return gone ? (
      <EmptyState
        mt="xl"
        icon={<IconUserQuestion />}
        title="This influencer is not here"
        description="They may have been deleted, or the link is wrong."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/influencers" leftSection={<IconArrowLeft size={16} />}>
            Back to influencers
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <LoadError error={error} onRetry={reload} />
    )
  }

  if (!data) return <PageSkeleton />

  return (
    // Keyed by the influencer, so moving to another one starts every card afresh.
    <Stack gap="md" key={data.id}>
      <Anchor component={Link} to="/influencers" size="sm" w="fit-content">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> Influencers
      </Anchor>
      <InfluencerHeader influencer={data} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="md">
            <InteractionTimeline influencerId={data.id} />
            <StatsChart stats={data.stats} />
            <CampaignsCard influencerId={data.id} />
            <DocumentsCard influencerId={data.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="md">
            <RelationshipCard influencerId={data.id} relationship={data.relationship} />
            <TasksCard influencerId={data.id} />
            <ProfileCard influencer={data} />
            <AccountsCard influencerId={data.id} accounts={data.accounts} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

function PageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading the influencer">
      <Skeleton h={16} w={120} />
      <Skeleton h={96} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Skeleton h={420} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Skeleton h={420} />
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
