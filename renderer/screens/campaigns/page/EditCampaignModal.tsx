import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import type { CampaignDetail } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { draftInput, draftOf } from '../campaign-draft.ts'
import { CampaignFields } from '../CampaignFields.tsx'
import { useCampaignForm } from '../use-campaign-form.ts'

export function EditCampaignModal({
  campaign,
  opened,
  onClose,
}: {
  campaign: CampaignDetail
  opened: boolean
  onClose: () => void
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Edit campaign" size="lg">
      {/* Inside the modal, so each opening starts from what the campaign holds now. */}
      <EditCampaignForm campaign={campaign} onClose={onClose} />
    </Modal>
  )
}

function EditCampaignForm({
  campaign,
  onClose,
}: {
  campaign: CampaignDetail
  onClose: () => void
}) {
  const form = useCampaignForm(draftOf(campaign), async (draft) => {
    await crm('campaigns.update', {
      id: campaign.id,
      patch: draftInput(draft, draft.currency ?? campaign.budget.currency),
    })
    onClose()
  })
  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate>
      <Stack>
        <CampaignFields
          draft={form.draft}
          set={form.set}
          errors={form.errors}
          currency={form.draft.currency ?? campaign.budget.currency}
          withDeadlines
        />
        {form.errors.form ? (
          <Alert color="red" role="alert">
            {form.errors.form}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={form.saving}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
