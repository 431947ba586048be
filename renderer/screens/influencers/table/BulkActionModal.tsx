import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type FormEvent } from 'react'
import type { BulkAction, CampaignRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { plural } from '../../../lib/format.ts'
import { useAction } from '../../../lib/use-action.ts'
import { bulkOutcome, bulkTitles, bulkVerb, type BulkKind } from './bulk-words.ts'
import { CampaignSelect } from './CampaignSelect.tsx'
import type { TableLookups } from './use-table-lookups.ts'

interface BulkActionModalProps {
  kind: BulkKind
  ids: string[]
  stages: TableLookups['stages']
  onClose: () => void
  /** Called after main applied the action; the notification is already shown. */
  onDone: () => void
}

/** Asks for the one thing a bulk action needs (campaign, stage or tag), then runs it. */
export function BulkActionModal({ kind, ids, stages, onClose, onDone }: BulkActionModalProps) {
  const [campaign, setCampaign] = useState<CampaignRow | null>(null)
  const [stageId, setStageId] = useState<string | null>(null)
  const [tag, setTag] = useState('')

  const chosen = (): { action: BulkAction; target: string } | null => {
    if (kind === 'addToCampaign')
      return campaign ? { action: { kind, campaignId: campaign.id }, target: campaign.name } : null
    if (kind === 'moveStage') {
      const stage = stages.find((s) => s.id === stageId)
      return stage ? { action: { kind, stageId: stage.id }, target: stage.name } : null
    }
    return tag.trim() ? { action: { kind, tag: tag.trim() }, target: tag.trim() } : null
  }
  const ready = chosen() !== null

  const apply = useAction(async () => {
    const choice = chosen()
    if (!choice) return
    const result = await crm('influencers.bulk', { ids, action: choice.action })
    notifications.show({
      color: 'teal',
      message: bulkOutcome(kind, choice.target, result),
      autoClose: 6000,
    })
    onDone()
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (ready) void apply.run()
  }

  return (
    <Modal opened onClose={onClose} title={bulkTitles[kind]}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {plural(ids.length, 'influencer')} selected.
          </Text>
          {kind === 'addToCampaign' ? (
            <CampaignSelect value={campaign?.id ?? null} onChange={setCampaign} />
          ) : kind === 'moveStage' ? (
            <Select
              label="Stage"
              placeholder="Choose a stage"
              required
              data-autofocus
              description="They go to the bottom of the stage's column."
              data={stages.map((s) => ({ value: s.id, label: s.name }))}
              value={stageId}
              onChange={setStageId}
            />
          ) : (
            <TextInput
              label="Tag"
              placeholder="vip, summer-2026, needs-rates…"
              required
              data-autofocus
              maxLength={60}
              description="Added to each pipeline card; people not in the pipeline are left out."
              value={tag}
              onChange={(event) => setTag(event.currentTarget.value)}
            />
          )}
          {apply.error ? (
            <Text c="red" size="sm" role="alert">
              {apply.error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={apply.busy} disabled={!ready}>
              {bulkVerb(kind, ids.length)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
