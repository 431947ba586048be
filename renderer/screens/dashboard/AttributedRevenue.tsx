import { SimpleGrid, Text } from '@mantine/core'
import { IconReceipt2 } from '@tabler/icons-react'
import { formatCount } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { DashboardSection } from './DashboardSection.tsx'
import { formatMoney, formatRoi } from '../../lib/money.ts'

const watched = ['opportunities', 'payments', 'campaign_influencers', 'organizations']

/** Seed 003: revenue from won deals attributed to campaigns, over what the agency paid out. */
export function AttributedRevenue() {
  const query = useCrmQuery('opportunities.roi', {}, watched)
  return (
    <DashboardSection
      title="Attributed revenue and ROI"
      subtitle="Won deals traced to campaigns by their links, over every payment made to influencers"
      query={query}
      isEmpty={(roi) => roi.wonDeals === 0 && roi.spend === 0}
      empty={{
        icon: <IconReceipt2 />,
        title: 'No revenue attributed yet',
        description:
          'Record the deals a campaign brings in, with their UTM values, and payments to influencers; revenue and ROI show here.',
      }}
      skeletonHeight={120}
    >
      {(roi) => {
        const figures = [
          { label: 'Attributed revenue', value: formatMoney(roi.attributedRevenue, roi.currency) },
          { label: 'Spend', value: formatMoney(roi.spend, roi.currency) },
          { label: 'ROI', value: formatRoi(roi.roi) },
          { label: 'Won deals', value: formatCount(roi.wonDeals) },
        ]
        return (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
              {figures.map((f) => (
                <div key={f.label}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {f.label}
                  </Text>
                  <Text size="xl" fw={700} data-testid={`roi-${f.label}`}>
                    {f.value}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {roi.roi === null
                ? 'ROI shows once a payment is captured or released.'
                : `Every ${formatMoney(100, roi.currency)} paid to influencers brought ${formatMoney(Math.round(roi.roi * 100), roi.currency)} in won deals.`}
            </Text>
          </>
        )
      }}
    </DashboardSection>
  )
}
