import { Modal, Select, SimpleGrid, Stack } from '@mantine/core'
import { useState } from 'react'
import {
  paymentMethods,
  type CampaignDetail,
  type CampaignPaymentRow,
} from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { useAction } from '../../../lib/use-action.ts'
import { humanize } from '../campaign-words.ts'
import { formatMoney } from '../../../lib/money.ts'
import { MoneyInput } from '../MoneyInput.tsx'
import { DialogActions } from '../../../components/DialogActions.tsx'

/** Statuses a payment may be recorded in: later ones (refunds, disputes) follow from these. */
const recordable = ['pending', 'authorized', 'captured'] as const

/** Records a payment to an influencer, against their contract when there is one. */
export function RecordPaymentModal({
  campaign,
  opened,
  onClose,
}: {
  campaign: CampaignDetail
  opened: boolean
  onClose: () => void
}) {
  const [influencerId, setInfluencerId] = useState<string | null>(null)
  const [contractId, setContractId] = useState<string | null>(null)
  const [amount, setAmount] = useState<number | null>(null)
  const [method, setMethod] = useState<string | null>('bank_transfer')
  const [status, setStatus] = useState<CampaignPaymentRow['status']>('pending')
  const currency = campaign.budget.currency

  // Everyone on the campaign, and anyone with a contract who has since left it.
  const people = new Map(campaign.influencers.map((i) => [i.influencerId, i.influencerName]))
  for (const c of campaign.contracts)
    if (!people.has(c.influencerId)) people.set(c.influencerId, c.influencerName)
  const contracts = campaign.contracts.filter((c) => c.influencerId === influencerId)

  const close = () => {
    setInfluencerId(null)
    setContractId(null)
    setAmount(null)
    setStatus('pending')
    onClose()
  }
  const save = useAction(async () => {
    if (!influencerId) throw new Error('Choose who is paid.')
    if (amount === null) throw new Error('Give the amount paid.')
    await crm('payments.record', {
      campaignId: campaign.id,
      influencerId,
      contractId,
      amount,
      currency,
      status,
      paymentMethod: method as CampaignPaymentRow['paymentMethod'],
    })
    close()
  })
  return (
    <Modal opened={opened} onClose={close} title="Record payment">
      <Stack>
        <Select
          label="Paid to"
          required
          data-autofocus
          data={[...people].map(([value, label]) => ({ value, label }))}
          value={influencerId}
          onChange={(id) => {
            setInfluencerId(id)
            setContractId(campaign.contracts.find((c) => c.influencerId === id)?.id ?? null)
          }}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Against contract"
          placeholder={contracts.length ? 'No contract' : 'No contract for this influencer'}
          clearable
          disabled={contracts.length === 0}
          data={contracts.map((c) => ({
            value: c.id,
            label: `${humanize(c.status)} contract${
              typeof c.content.price === 'number'
                ? `, ${formatMoney(c.content.price, currency)}`
                : ''
            }`,
          }))}
          value={contractId}
          onChange={setContractId}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={2}>
          <MoneyInput
            label="Amount"
            required
            currency={currency}
            value={amount}
            onChange={setAmount}
          />
          <Select
            label="Method"
            clearable
            data={paymentMethods.map((m) => ({ value: m, label: humanize(m) }))}
            value={method}
            onChange={setMethod}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <Select
          label="Status"
          description="Captured counts as paid against the budget"
          data={recordable.map((s) => ({ value: s, label: humanize(s) }))}
          value={status}
          allowDeselect={false}
          onChange={(value) => value && setStatus(value)}
          comboboxProps={{ withinPortal: true }}
        />
        <DialogActions
          error={save.error}
          busy={save.busy}
          onCancel={close}
          onSubmit={() => void save.run()}
        >
          Record payment
        </DialogActions>
      </Stack>
    </Modal>
  )
}
