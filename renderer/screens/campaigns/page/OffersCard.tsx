import { Button, EmptyState, Group, Table, Text } from '@mantine/core'
import { IconFileCheck, IconPlus, IconReceipt2 } from '@tabler/icons-react'
import { useState } from 'react'
import type { CampaignDetail, CampaignOfferRow } from '#shared/contract/index'
import { offerTransitions } from '#shared/domain/status-machines'
import { crm } from '../../../lib/crm.ts'
import { formatWhen } from '../../../lib/format.ts'
import { offerActionLabel } from '../campaign-words.ts'
import { formatMoney } from '../../../lib/money.ts'
import { StatusBadge } from '../StatusBadge.tsx'
import { useRun } from '../use-run.ts'
import { CounterOfferModal } from './CounterOfferModal.tsx'
import { NewOfferModal } from './NewOfferModal.tsx'
import { SectionCard } from './SectionCard.tsx'
import { TransitionMenu } from './TransitionMenu.tsx'

/** Offers and their negotiation; an accepted one commits its price and can become a contract. */
export function OffersCard({ campaign }: { campaign: CampaignDetail }) {
  const [creating, setCreating] = useState(false)
  const [countering, setCountering] = useState<CampaignOfferRow | null>(null)
  const action = useRun()
  const contracted = new Set(campaign.contracts.map((c) => c.offerId))

  const move = (offer: CampaignOfferRow, status: string) => {
    if (status === 'counter') {
      setCountering(offer)
      return
    }
    void action.run(offer.id, () =>
      crm('offers.setStatus', { id: offer.id, status: status as CampaignOfferRow['status'] }),
    )
  }
  const contract = (offer: CampaignOfferRow) =>
    void action.run(`contract-${offer.id}`, () => crm('contracts.create', { offerId: offer.id }))

  return (
    <SectionCard
      title="Offers"
      count={campaign.offers.length}
      error={action.error}
      onDismissError={action.clearError}
      action={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
          New offer
        </Button>
      }
    >
      {campaign.offers.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconReceipt2 />}
          title="No offers yet"
          description="Make an offer to an influencer in the campaign; once accepted, its price counts as committed."
        />
      ) : (
        <Table aria-label="Offers" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Influencer</Table.Th>
              <Table.Th ta="right">Price</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Made</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaign.offers.map((offer) => (
              <Table.Tr key={offer.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {offer.influencerName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{formatMoney(offer.price, offer.currency)}</Text>
                  {offer.version > 1 ? (
                    <Text size="xs" c="dimmed">
                      round {offer.version}
                      {offer.counterBy ? `, countered by the ${offer.counterBy}` : ''}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={offer.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {formatWhen(offer.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {offer.status === 'accepted' && !contracted.has(offer.id) ? (
                      <Button
                        size="compact-xs"
                        variant="light"
                        leftSection={<IconFileCheck size={12} />}
                        loading={action.busy === `contract-${offer.id}`}
                        onClick={() => contract(offer)}
                      >
                        Draw up contract
                      </Button>
                    ) : null}
                    <TransitionMenu
                      label={`Change the status of ${offer.influencerName}'s offer`}
                      next={offerTransitions[offer.status]}
                      busy={action.busy === offer.id}
                      actionLabel={(s) => offerActionLabel[s] ?? s}
                      onMove={(s) => move(offer, s)}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NewOfferModal campaign={campaign} opened={creating} onClose={() => setCreating(false)} />
      <CounterOfferModal offer={countering} onClose={() => setCountering(null)} />
    </SectionCard>
  )
}
