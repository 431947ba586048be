import { Modal, Select, Stack, Text } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { useState } from 'react'
import { activeOfferStatuses, type CampaignDetail } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { useAction } from '../../../lib/use-action.ts'
import { dayToIso } from '../days.ts'
import { MoneyInput } from '../MoneyInput.tsx'
import { DialogActions } from '../../../components/DialogActions.tsx'

const active = new Set<string>(activeOfferStatuses)

/** Makes an offer to one of the campaign's influencers; one open offer each at a time. */
export function NewOfferModal({
  campaign,
  opened,
  onClose,
}: {
  campaign: CampaignDetail
  opened: boolean
  onClose: () => void
}) {
  const [influencerId, setInfluencerId] = useState<string | null>(null)
  const [price, setPrice] = useState<number | null>(null)
  const [expires, setExpires] = useState<string | null>(null)
  const currency = campaign.budget.currency
  const open = new Set(
    campaign.offers.filter((o) => active.has(o.status)).map((o) => o.influencerId),
  )
  const close = () => {
    setInfluencerId(null)
    setPrice(null)
    setExpires(null)
    onClose()
  }
  const save = useAction(async () => {
    if (!influencerId) throw new Error('Choose who the offer is for.')
    if (price === null) throw new Error('Give the price of the offer.')
    await crm('offers.create', {
      campaignId: campaign.id,
      influencerId,
      price,
      currency,
      expiresAt: expires ? dayToIso(expires) : null,
    })
    close()
  })
  return (
    <Modal opened={opened} onClose={close} title="New offer">
      <Stack>
        <Select
          label="Influencer"
          required
          data-autofocus
          placeholder={
            campaign.influencers.length ? 'Choose an influencer' : 'Add influencers first'
          }
          data={campaign.influencers.map((i) => ({
            value: i.influencerId,
            label: open.has(i.influencerId)
              ? `${i.influencerName} (has an open offer)`
              : i.influencerName,
            disabled: open.has(i.influencerId),
          }))}
          value={influencerId}
          onChange={setInfluencerId}
          comboboxProps={{ withinPortal: true }}
        />
        <MoneyInput label="Price" required currency={currency} value={price} onChange={setPrice} />
        <DatePickerInput
          label="Expires"
          placeholder="No expiry"
          clearable
          value={expires}
          onChange={setExpires}
          popoverProps={{ withinPortal: true }}
        />
        <Text size="xs" c="dimmed">
          Accepting the offer commits its price against the budget.
        </Text>
        <DialogActions
          error={save.error}
          busy={save.busy}
          onCancel={close}
          onSubmit={() => void save.run()}
        >
          Make offer
        </DialogActions>
      </Stack>
    </Modal>
  )
}
