import { Anchor, SegmentedControl, Table, Text } from '@mantine/core'
import { IconTrophy } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { Leaderboard } from '#shared/contract/index'
import { formatCount } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { DashboardSection } from './DashboardSection.tsx'
import { formatMoney } from '../../lib/money.ts'

const watched = ['influencers', 'payments', 'contracts', 'influencer_stats_history']
const engagement = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })
const platformWord = (p: string | null) => (p ? p[0]!.toUpperCase() + p.slice(1) : '—')

/** Seed 001's leaderboard: the influencers the agency has paid most, with their record. */
export function TopInfluencers() {
  const [currency, setCurrency] = useState<string | undefined>(undefined)
  const query = useCrmQuery(
    'dashboard.leaderboard',
    { limit: 10, ...(currency ? { currency } : {}) },
    watched,
  )
  const shown = query.data
  return (
    <DashboardSection
      title="Top influencers"
      subtitle="By earnings: payments captured or released to them"
      controls={
        shown && shown.currencies.length > 1 ? (
          <SegmentedControl
            size="xs"
            aria-label="Earnings currency"
            data={shown.currencies}
            value={shown.currency}
            onChange={setCurrency}
          />
        ) : null
      }
      query={query}
      isEmpty={(board) => board.rows.length === 0}
      empty={{
        icon: <IconTrophy />,
        title: 'No one has been paid yet',
        description:
          'Record payments and complete contracts on a campaign’s page; the influencers you pay most rank here.',
      }}
    >
      {(board) => <LeaderboardTable board={board} />}
    </DashboardSection>
  )
}

function LeaderboardTable({ board }: { board: Leaderboard }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Top influencers" verticalSpacing={4} fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={32}>#</Table.Th>
            <Table.Th>Influencer</Table.Th>
            <Table.Th>Platform</Table.Th>
            <Table.Th ta="right">Completed campaigns</Table.Th>
            <Table.Th ta="right">Avg. engagement</Table.Th>
            <Table.Th ta="right">Earnings</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.rows.map((row, n) => (
            <Table.Tr key={row.influencerId}>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {n + 1}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/influencers/${row.influencerId}`} size="sm">
                  {row.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{platformWord(row.primaryPlatform)}</Table.Td>
              <Table.Td ta="right">{formatCount(row.completedCampaigns)}</Table.Td>
              <Table.Td ta="right">
                {row.avgEngagement === null ? '—' : `${engagement.format(row.avgEngagement)}%`}
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatMoney(row.earnings, board.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
