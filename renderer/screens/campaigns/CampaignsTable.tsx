import { Anchor, Stack, Table, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { CampaignRow } from '#shared/contract/index'
import { BudgetBar } from './BudgetBar.tsx'
import { formatSpan } from './days.ts'
import { formatMoney } from '../../lib/money.ts'
import { StatusBadge } from './StatusBadge.tsx'

export function CampaignsTable({ rows }: { rows: CampaignRow[] }) {
  return (
    <Table striped highlightOnHover stickyHeader aria-label="Campaigns" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Campaign</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Dates</Table.Th>
          <Table.Th ta="right">Influencers</Table.Th>
          <Table.Th w={260}>Budget</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component={Link} to={`/campaigns/${row.id}`} fw={600} size="sm">
                {row.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {row.brandName ?? 'No brand'}
              </Text>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={row.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatSpan(row.startDate, row.endDate)}</Text>
            </Table.Td>
            <Table.Td ta="right">{row.influencerCount}</Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <BudgetBar summary={row.budget} size="sm" />
                <Text size="xs" c={row.budget.remaining < 0 ? 'red' : 'dimmed'}>
                  {formatMoney(row.budget.committed, row.budget.currency)} committed of{' '}
                  {formatMoney(row.budget.budget, row.budget.currency)}
                  {row.budget.remaining < 0 ? ' · over budget' : ''}
                </Text>
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
