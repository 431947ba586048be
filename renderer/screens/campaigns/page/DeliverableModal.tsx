import { Modal, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { useState } from 'react'
import { deliverableTypes, type CampaignDetail, type DeliverableRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { useAction } from '../../../lib/use-action.ts'
import { humanize } from '../campaign-words.ts'
import { dayToIso } from '../days.ts'
import { DialogActions } from '../../../components/DialogActions.tsx'

interface Draft {
  type: DeliverableRow['type'] | null
  count: number | string
  campaignInfluencerId: string | null
  dueDate: string | null
  instructions: string
}

const empty: Draft = {
  type: null,
  count: 1,
  campaignInfluencerId: null,
  dueDate: null,
  instructions: '',
}

/** Plans one deliverable: what, how many, by whom and by when. */
export function DeliverableModal({
  campaign,
  opened,
  onClose,
}: {
  campaign: CampaignDetail
  opened: boolean
  onClose: () => void
}) {
  const [draft, setDraft] = useState<Draft>(empty)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  const close = () => {
    setDraft(empty)
    onClose()
  }
  const save = useAction(async () => {
    if (!draft.type) throw new Error('Choose what kind of content is due.')
    await crm('deliverables.create', {
      campaignId: campaign.id,
      type: draft.type,
      count: Number(draft.count) || 1,
      campaignInfluencerId: draft.campaignInfluencerId,
      dueDate: draft.dueDate ? dayToIso(draft.dueDate) : null,
      instructions: draft.instructions.trim() || null,
    })
    close()
  })
  return (
    <Modal opened={opened} onClose={close} title="Add deliverable">
      <Stack>
        <SimpleGrid cols={2}>
          <Select
            label="Type"
            required
            data-autofocus
            data={deliverableTypes.map((t) => ({ value: t, label: humanize(t) }))}
            value={draft.type}
            onChange={(value) => set('type', value)}
            comboboxProps={{ withinPortal: true }}
          />
          <NumberInput
            label="How many"
            min={1}
            max={1000}
            value={draft.count}
            onChange={(value) => set('count', value)}
          />
        </SimpleGrid>
        <Select
          label="From"
          placeholder="Anyone in the campaign"
          clearable
          data={campaign.influencers.map((i) => ({ value: i.id, label: i.influencerName }))}
          value={draft.campaignInfluencerId}
          onChange={(value) => set('campaignInfluencerId', value)}
          comboboxProps={{ withinPortal: true }}
        />
        <DatePickerInput
          label="Due"
          placeholder="Pick a day"
          clearable
          value={draft.dueDate}
          onChange={(day) => set('dueDate', day)}
          popoverProps={{ withinPortal: true }}
        />
        <Textarea
          label="Instructions"
          autosize
          minRows={2}
          value={draft.instructions}
          onChange={(e) => set('instructions', e.currentTarget.value)}
        />
        <DialogActions
          error={save.error}
          busy={save.busy}
          onCancel={close}
          onSubmit={() => void save.run()}
        >
          Add deliverable
        </DialogActions>
      </Stack>
    </Modal>
  )
}
