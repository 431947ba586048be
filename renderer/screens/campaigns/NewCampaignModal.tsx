import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import { useNavigate } from 'react-router'
import { crm } from '../../lib/crm.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { draftInput, emptyDraft } from './campaign-draft.ts'
import { CampaignFields } from './CampaignFields.tsx'
import { useCampaignForm } from './use-campaign-form.ts'

/** Plans a campaign and opens its page, where influencers, deliverables and deals follow. */
export function NewCampaignModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New campaign" size="lg">
      {/* Inside the modal, so each opening starts with a blank form. */}
      <NewCampaignForm onClose={onClose} />
    </Modal>
  )
}

function NewCampaignForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate()
  const summary = useCrmQuery('workspace.summary', {}, ['organizations'])
  const orgCurrency = summary.data?.organization.currency ?? 'USD'
  const form = useCampaignForm(emptyDraft, async (draft) => {
    const created = await crm('campaigns.create', draftInput(draft, draft.currency ?? orgCurrency))
    onClose()
    void navigate(`/campaigns/${created.id}`)
  })
  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate>
      <Stack>
        <CampaignFields
          draft={form.draft}
          set={form.set}
          errors={form.errors}
          currency={form.draft.currency ?? orgCurrency}
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
            Create campaign
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
