import { BarChart } from '@mantine/charts'
import { Anchor, Badge, Group, SimpleGrid, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { SpendCampaign, SpendTotal } from '#shared/contract/index'
import { formatCount } from '../../lib/format.ts'
import { formatMoney, formatRoi } from '../../lib/money.ts'

const series = [
  { name: 'budget', label: 'Budget', color: 'gray.5' },
  { name: 'committed', label: 'Committed', color: 'violet.6' },
  { name: 'paid', label: 'Paid', color: 'teal.6' },
]

interface Props {
  currency: string
  total: SpendTotal
  campaigns: SpendCampaign[]
}

/** One currency's campaigns: the totals, a bar per campaign, and the exact figures. */
export function SpendBody({ currency, total, campaigns }: Props) {
  const money = (minor: number) => formatMoney(minor, currency)
  const figures = [
    { label: 'Budget', value: money(total.budget) },
    { label: 'Committed', value: money(total.committed) },
    { label: 'Paid', value: money(total.paid) },
    { label: 'Remaining', value: money(total.budget - Math.max(total.committed, total.paid)) },
    { label: 'Accepted offers', value: formatCount(total.offerCount) },
  ]
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        {figures.map((f) => (
          <div key={f.label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {f.label}
            </Text>
            <Text fw={700} data-testid={`spend-${f.label}`}>
              {f.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <BarChart
        h={Math.max(200, campaigns.length * 56)}
        data={campaigns}
        dataKey="name"
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        gridAxis="x"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={(v) => formatMoney(v, currency, { compact: true })}
        series={series}
      />
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="Campaign spend" verticalSpacing={4} fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Campaign</Table.Th>
              <Table.Th ta="right">Budget</Table.Th>
              <Table.Th ta="right">Committed</Table.Th>
              <Table.Th ta="right">Paid</Table.Th>
              <Table.Th ta="right">Offers</Table.Th>
              <Table.Th ta="right">Revenue</Table.Th>
              <Table.Th ta="right">ROI</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaigns.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={`/campaigns/${c.id}`} size="sm">
                      {c.name}
                    </Anchor>
                    {c.status === 'paused' ? (
                      <Badge size="xs" variant="light" color="yellow">
                        Paused
                      </Badge>
                    ) : null}
                  </Group>
                  {c.brandName ? (
                    <Text size="xs" c="dimmed">
                      {c.brandName}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{money(c.budget)}</Table.Td>
                <Table.Td ta="right">{money(c.committed)}</Table.Td>
                <Table.Td ta="right">{money(c.paid)}</Table.Td>
                <Table.Td ta="right">{formatCount(c.offerCount)}</Table.Td>
                <Table.Td ta="right">{money(c.attributedRevenue)}</Table.Td>
                <Table.Td ta="right">{formatRoi(c.roi)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  )
}
