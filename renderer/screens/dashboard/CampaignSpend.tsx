import { Button, SegmentedControl } from '@mantine/core'
import { IconSpeakerphone } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { DashboardSection } from './DashboardSection.tsx'
import { SpendBody } from './SpendBody.tsx'

const watched = [
  'campaigns',
  'brands',
  'offers',
  'payments',
  'opportunities',
  'campaign_influencers',
]

/** Seed 001's active campaigns: budget against what is committed and paid, per currency. */
export function CampaignSpend() {
  const query = useCrmQuery('dashboard.spend', {}, watched)
  const [picked, setPicked] = useState<string | null>(null)
  const currencies = query.data?.totals.map((t) => t.currency) ?? []
  const currency = picked && currencies.includes(picked) ? picked : currencies[0]
  return (
    <DashboardSection
      title="Campaign spend"
      subtitle="Active and paused campaigns: budget against accepted offers and payments made"
      controls={
        currencies.length > 1 ? (
          <SegmentedControl
            size="xs"
            aria-label="Currency"
            data={currencies}
            value={currency ?? ''}
            onChange={setPicked}
          />
        ) : null
      }
      query={query}
      isEmpty={(spend) => spend.campaigns.length === 0}
      empty={{
        icon: <IconSpeakerphone />,
        title: 'No campaign is running',
        description:
          'Set a campaign to active to follow its budget, the offers accepted and the payments made here.',
        action: (
          <Button component={Link} to="/campaigns" variant="light" size="xs">
            Go to campaigns
          </Button>
        ),
      }}
      skeletonHeight={280}
    >
      {(spend) => (
        <SpendBody
          currency={currency ?? spend.totals[0]!.currency}
          total={spend.totals.find((t) => t.currency === currency) ?? spend.totals[0]!}
          campaigns={spend.campaigns.filter((c) => c.currency === currency)}
        />
      )}
    </DashboardSection>
  )
}
