import { Modal, Select, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { DocumentKind } from '#shared/contract/index'
import { DialogActions } from '../../components/DialogActions.tsx'
import { crm } from '../../lib/crm.ts'
import { useAction } from '../../lib/use-action.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { DocumentInfluencerSelect } from './DocumentInfluencerSelect.tsx'
import { isDocumentKind, kindOptions } from './document-words.ts'

const blank = 'blank'

/** Starts a document from a template (its merge fields filled in by main) or blank, then opens it. */
export function NewDocumentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New document" size="lg">
      {/* Inside the modal, so each opening starts with a blank form. */}
      <NewDocumentForm onClose={onClose} />
    </Modal>
  )
}

function NewDocumentForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate()
  const [kind, setKind] = useState<DocumentKind>('contract')
  // null until the person picks one: the kind's first template is the usual start.
  const [templateChoice, setTemplateChoice] = useState<string | null>(null)
  const [campaignId, setCampaignId] = useState<string | null>(null)
  const [influencerId, setInfluencerId] = useState<string | null>(null)
  const [title, setTitle] = useState('')
  const templates = useCrmQuery('templates.list', { kind }, ['document_templates'])
  const campaigns = useCrmQuery('campaigns.list', {}, ['campaigns', 'brands'])
  const templateId = templateChoice ?? templates.data?.[0]?.id ?? blank

  const create = useAction(async () => {
    const created = await crm('documents.create', {
      kind,
      templateId: templateId === blank ? null : templateId,
      campaignId,
      influencerId,
      ...(title.trim() ? { title: title.trim() } : {}),
    })
    onClose()
    void navigate(`/documents/${created.id}`)
  })

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void create.run()
      }}
    >
      <Stack>
        <Select
          label="Kind"
          data={kindOptions}
          value={kind}
          allowDeselect={false}
          data-autofocus
          onChange={(value) => {
            if (!isDocumentKind(value)) return
            setKind(value)
            setTemplateChoice(null)
          }}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Template"
          description="Its merge fields are filled from the campaign, brand, influencer and offer."
          data={[
            ...(templates.data ?? []).map((t) => ({ value: t.id, label: t.name })),
            { value: blank, label: 'Blank' },
          ]}
          value={templateId}
          allowDeselect={false}
          onChange={setTemplateChoice}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Campaign"
          placeholder="None"
          searchable
          clearable
          data={(campaigns.data ?? []).map((c) => ({
            value: c.id,
            label: c.brandName ? `${c.name} (${c.brandName})` : c.name,
          }))}
          value={campaignId}
          onChange={setCampaignId}
          nothingFoundMessage="No campaign by that name"
          comboboxProps={{ withinPortal: true }}
        />
        <DocumentInfluencerSelect
          campaignId={campaignId}
          value={influencerId}
          onChange={setInfluencerId}
        />
        <TextInput
          label="Title"
          placeholder="Named from the template and who it is for"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={300}
        />
        <DialogActions
          error={create.error}
          busy={create.busy}
          onCancel={onClose}
          onSubmit={() => void create.run()}
        >
          Create document
        </DialogActions>
      </Stack>
    </form>
  )
}
