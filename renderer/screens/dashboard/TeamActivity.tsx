import { Table } from '@mantine/core'
import { IconUsersGroup } from '@tabler/icons-react'
import type { TeamMemberStats } from '#shared/contract/index'
import { formatCount, formatWhen } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { DashboardSection } from './DashboardSection.tsx'

const watched = [
  'users',
  'influencer_relationships',
  'influencers',
  'pipeline_stages',
  'campaigns',
  'interactions',
]

/** Seed 002's admin_analytics: what each member of the team looks after and has logged. */
export function TeamActivity() {
  const query = useCrmQuery('dashboard.team', {}, watched)
  return (
    <DashboardSection
      title="Team"
      subtitle="Cards each person owns, their wins, campaigns and logged interactions"
      query={query}
      isEmpty={(team) => team.length === 0}
      empty={{
        icon: <IconUsersGroup />,
        title: 'No team members on this computer yet',
        description:
          'Sign in to your agency’s server in Settings; your colleagues and their work appear here.',
      }}
      skeletonHeight={160}
    >
      {(team) => <TeamTable team={team} />}
    </DashboardSection>
  )
}

function TeamTable({ team }: { team: TeamMemberStats[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Team" verticalSpacing={4} fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Member</Table.Th>
            <Table.Th ta="right">Influencers</Table.Th>
            <Table.Th ta="right">Partnered</Table.Th>
            <Table.Th ta="right">Campaigns</Table.Th>
            <Table.Th ta="right">Interactions</Table.Th>
            <Table.Th ta="right">Avg. strength</Table.Th>
            <Table.Th>Last contact</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Td>{m.name}</Table.Td>
              <Table.Td ta="right">{formatCount(m.influencers)}</Table.Td>
              <Table.Td ta="right">{formatCount(m.partnered)}</Table.Td>
              <Table.Td ta="right">{formatCount(m.campaigns)}</Table.Td>
              <Table.Td ta="right">{formatCount(m.interactions)}</Table.Td>
              <Table.Td ta="right">
                {m.avgStrength === null ? '—' : Math.round(m.avgStrength)}
              </Table.Td>
              <Table.Td>{m.lastActivity ? formatWhen(m.lastActivity) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
