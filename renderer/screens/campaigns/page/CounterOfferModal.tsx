import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { CampaignOfferRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { useAction } from '../../../lib/use-action.ts'
import { formatMoney } from '../../../lib/money.ts'
import { MoneyInput } from '../MoneyInput.tsx'

/** A new price for an open offer, and whose it is: the next round of the negotiation. */
export function CounterOfferModal({
  offer,
  onClose,
}: {
  offer: CampaignOfferRow | null
  onClose: () => void
}) {
  const [price, setPrice] = useState<number | null>(null)
  const [by, setBy] = useState<'influencer' | 'brand'>('influencer')
  const close = () => {
    setPrice(null)
    onClose()
  }
  const save = useAction(async () => {
    if (!offer) return
    if (price === null) throw new Error('Give the new price.')
    await crm('offers.setStatus', {
      id: offer.id,
      status: 'counter',
      counterPrice: price,
      counterBy: by,
    })
    close()
  })
  return (
    <Modal
      opened={!!offer}
      onClose={close}
      title={offer ? `Counter-offer for ${offer.influencerName}` : 'Counter-offer'}
    >
      {offer ? (
        <Stack>
          <Text size="sm" c="dimmed">
            Now at {formatMoney(offer.price, offer.currency)} (round {offer.version}).
          </Text>
          <MoneyInput
            label="New price"
            required
            data-autofocus
            currency={offer.currency}
            value={price}
            onChange={setPrice}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              Proposed by
            </Text>
            <SegmentedControl
              value={by}
              onChange={(value) => setBy(value)}
              data={[
                { value: 'influencer', label: 'The influencer' },
                { value: 'brand', label: 'The brand' },
              ]}
            />
          </div>
          {save.error ? (
            <Alert color="red" role="alert">
              {save.error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button loading={save.busy} onClick={() => void save.run()}>
              Record counter-offer
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
