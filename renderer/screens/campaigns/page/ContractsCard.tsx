import { EmptyState, Table, Text } from '@mantine/core'
import { IconFileCertificate } from '@tabler/icons-react'
import type { CampaignContractRow, CampaignDetail } from '#shared/contract/index'
import { contractTransitions } from '#shared/domain/status-machines'
import { crm } from '../../../lib/crm.ts'
import { formatDay } from '../days.ts'
import { formatMoney } from '../../../lib/money.ts'
import { StatusBadge } from '../StatusBadge.tsx'
import { useRun } from '../use-run.ts'
import { SectionCard } from './SectionCard.tsx'
import { TransitionMenu } from './TransitionMenu.tsx'

/** The price a contract was drawn up at, from the accepted offer it came from. */
function contractPrice(contract: CampaignContractRow): string {
  const { price, currency } = contract.content
  return typeof price === 'number' && typeof currency === 'string'
    ? formatMoney(price, currency)
    : '—'
}

/** Contracts drawn up from accepted offers, through signing to completion. */
export function ContractsCard({ campaign }: { campaign: CampaignDetail }) {
  const action = useRun()
  return (
    <SectionCard
      title="Contracts"
      count={campaign.contracts.length}
      error={action.error}
      onDismissError={action.clearError}
    >
      {campaign.contracts.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconFileCertificate />}
          title="No contracts yet"
          description="Accept an offer, then use “Draw up contract” beside it."
        />
      ) : (
        <Table aria-label="Contracts" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Influencer</Table.Th>
              <Table.Th ta="right">Price</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Signed</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaign.contracts.map((contract) => (
              <Table.Tr key={contract.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {contract.influencerName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{contractPrice(contract)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={contract.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {contract.signedAt ? formatDay(contract.signedAt) : 'Not yet'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <TransitionMenu
                    label={`Change the status of ${contract.influencerName}'s contract`}
                    next={contractTransitions[contract.status]}
                    busy={action.busy === contract.id}
                    onMove={(status) =>
                      void action.run(contract.id, () =>
                        crm('contracts.setStatus', {
                          id: contract.id,
                          status: status as CampaignContractRow['status'],
                        }),
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  )
}
