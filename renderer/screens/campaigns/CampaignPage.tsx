import { Button, EmptyState, SimpleGrid, Skeleton, Stack, Tabs } from '@mantine/core'
import { IconSpeakerphone } from '@tabler/icons-react'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { CrmError, type CampaignDetail } from '#shared/contract/index'
import { LoadError } from '../../components/LoadError.tsx'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { BriefCard } from './page/BriefCard.tsx'
import { BudgetCard } from './page/BudgetCard.tsx'
import { CampaignHeader } from './page/CampaignHeader.tsx'
import { CampaignTimeline } from './page/CampaignTimeline.tsx'
import { ContractsCard } from './page/ContractsCard.tsx'
import { DeliverablesCard } from './page/DeliverablesCard.tsx'
import { FinancialDocsCard } from './page/FinancialDocsCard.tsx'
import { InfluencerBoard } from './page/InfluencerBoard.tsx'
import { OffersCard } from './page/OffersCard.tsx'
import { PaymentsCard } from './page/PaymentsCard.tsx'
import { ProductsCard } from './page/ProductsCard.tsx'
import { TrackedLinksCard } from './page/TrackedLinksCard.tsx'

/** Every table the page is read from: a write to any of them re-reads it, figures included. */
export const campaignTables = [
  'campaigns',
  'brands',
  'influencers',
  'campaign_influencers',
  'deliverables',
  'campaign_products',
  'products',
  'offers',
  'contracts',
  'payments',
  'financial_documents',
] as const

function PageSkeleton() {
  return (
    <Stack aria-busy="true" aria-label="Loading the campaign">
      <Skeleton h={40} w="40%" />
      <Skeleton h={112} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Skeleton h={180} />
        <Skeleton h={180} />
      </SimpleGrid>
      <Skeleton h={260} />
    </Stack>
  )
}

export function CampaignPage() {
  const { id = '' } = useParams()
  const { data, error, reload } = useCrmQuery('campaigns.get', { id }, campaignTables)
  if (error) {
    return error instanceof CrmError && error.code === 'not_found' ? (
      <EmptyState
        icon={<IconSpeakerphone />}
        title="This campaign is not here"
        description={`${error.message} Pick another from the list.`}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/campaigns" variant="light">
            Back to campaigns
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <LoadError error={error} onRetry={reload} />
    )
  }
  if (!data || data.id !== id) return <PageSkeleton />
  return <CampaignView campaign={data} />
}

function CampaignView({ campaign }: { campaign: CampaignDetail }) {
  const [tab, setTab] = useState<string | null>('influencers')
  const openOffers = campaign.offers.filter((o) => ['pending', 'counter'].includes(o.status)).length
  return (
    <Stack gap="md">
      <CampaignHeader campaign={campaign} />
      <CampaignTimeline campaign={campaign} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <BriefCard id={campaign.id} description={campaign.description} />
        <BudgetCard summary={campaign.budget} />
      </SimpleGrid>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="influencers">Influencers ({campaign.influencers.length})</Tabs.Tab>
          <Tabs.Tab value="deliverables">Deliverables ({campaign.deliverables.length})</Tabs.Tab>
          <Tabs.Tab value="deals">
            Offers and contracts{openOffers ? ` (${openOffers} open)` : ''}
          </Tabs.Tab>
          <Tabs.Tab value="payments">Payments ({campaign.payments.length})</Tabs.Tab>
          <Tabs.Tab value="products">Products ({campaign.products.length})</Tabs.Tab>
          <Tabs.Tab value="documents">
            Financial documents ({campaign.financialDocuments.length})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="influencers">
          <Stack>
            <InfluencerBoard campaign={campaign} />
            <TrackedLinksCard campaign={campaign} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="deliverables">
          <DeliverablesCard campaign={campaign} />
        </Tabs.Panel>
        <Tabs.Panel value="deals">
          <Stack>
            <OffersCard campaign={campaign} />
            <ContractsCard campaign={campaign} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="payments">
          <PaymentsCard campaign={campaign} />
        </Tabs.Panel>
        <Tabs.Panel value="products">
          <ProductsCard campaign={campaign} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <FinancialDocsCard campaign={campaign} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
