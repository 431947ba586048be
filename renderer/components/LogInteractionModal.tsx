import {
  Button,
  FileInput,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconPaperclip } from '@tabler/icons-react'
import { useState } from 'react'
import { CrmError, maxAttachmentBytes, type InteractionType } from '#shared/contract/index'
import { crm } from '../lib/crm.ts'
import { errorText } from '../lib/error-text.ts'
import { fileToBase64 } from '../lib/file-base64.ts'
import { isoToPicker, pickerToIso } from '../lib/local-day.ts'
import { useCrmQuery } from '../lib/use-crm-query.ts'
import { useUiStore, type LogTarget } from '../stores/ui-store.ts'
import { InfluencerPicker } from './InfluencerPicker.tsx'

const types: { value: InteractionType; label: string }[] = [
  { value: 'email', label: 'Email' },
  { value: 'call', label: 'Call' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'note', label: 'Note' },
  { value: 'dm', label: 'DM' },
]

/** The one dialog for logging an interaction, opened from anywhere (Mod+L, menu, card, page). */
export function LogInteractionModal() {
  const target = useUiStore((s) => s.logTarget)
  const close = useUiStore((s) => s.closeLogInteraction)
  return (
    <Modal opened={target !== null} onClose={close} title="Log interaction" size="lg">
      {/* Keyed by target so each opening starts from a clean form. */}
      {target ? <LogInteractionForm key={JSON.stringify(target)} target={target} /> : null}
    </Modal>
  )
}

function LogInteractionForm({ target }: { target: LogTarget }) {
  const close = useUiStore((s) => s.closeLogInteraction)
  const [influencerId, setInfluencerId] = useState<string | null>(target.influencerId ?? null)
  const [type, setType] = useState<InteractionType>(target.type ?? 'call')
  const [direction, setDirection] = useState<'outbound' | 'inbound'>('outbound')
  const [subject, setSubject] = useState('')
  const [content, setContent] = useState('')
  const [when, setWhen] = useState<string | null>(isoToPicker(new Date().toISOString()))
  const [campaignId, setCampaignId] = useState<string | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const campaigns = useCrmQuery('campaigns.list', {}, ['campaigns'])

  const save = async () => {
    if (busy) return
    if (!influencerId) {
      setErrors({ influencerId: 'Choose who this was with' })
      return
    }
    if (file && file.size > maxAttachmentBytes) {
      setErrors({ attachment: 'The file is larger than 25 MB; attach a link in the notes instead' })
      return
    }
    setBusy(true)
    setErrors({})
    try {
      const attachment = file
        ? await crm('attachments.save', { fileName: file.name, base64: await fileToBase64(file) })
        : null
      const { interaction } = await crm('interactions.log', {
        influencerId,
        type,
        direction: type === 'note' ? null : direction,
        subject: subject.trim() || null,
        content: content.trim() || null,
        campaignId,
        interactionDate: pickerToIso(when) ?? new Date().toISOString(),
        attachmentPath: attachment?.path ?? null,
      })
      const label = types.find((t) => t.value === interaction.type)?.label ?? 'Interaction'
      notifications.show({ color: 'teal', message: `${label} logged` })
      close()
    } catch (error) {
      // Fields this form shows go under their field; the sentence always shows, so a refusal
      // about something the form has no field for (the file's name, say) is never silent.
      const fields = error instanceof CrmError && error.fields ? error.fields : {}
      setErrors({ ...fields, form: errorText(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', () => void save()]])}
    >
      <Stack gap="sm">
        <InfluencerPicker
          value={influencerId}
          onChange={setInfluencerId}
          error={errors.influencerId}
          autoFocus={!target.influencerId}
        />
        <Input.Wrapper label="Type" id="log-type">
          <SegmentedControl
            fullWidth
            aria-labelledby="log-type-label"
            data={types}
            value={type}
            onChange={(v) => setType(v)}
          />
        </Input.Wrapper>
        {type === 'note' ? null : (
          <Input.Wrapper label="Direction" id="log-direction">
            <SegmentedControl
              aria-labelledby="log-direction-label"
              data={[
                { value: 'outbound', label: 'Outbound' },
                { value: 'inbound', label: 'Inbound' },
              ]}
              value={direction}
              onChange={(v) => setDirection(v)}
            />
          </Input.Wrapper>
        )}
        <TextInput
          label="Subject"
          placeholder="What it was about"
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          error={errors.subject}
          data-autofocus={target.influencerId ? true : undefined}
          maxLength={255}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={3}
          maxRows={12}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          error={errors.content}
        />
        <Group grow align="flex-start">
          <DateTimePicker
            label="When"
            value={when}
            onChange={setWhen}
            error={errors.interactionDate}
            valueFormat="DD MMM YYYY HH:mm"
          />
          <Select
            label="Campaign"
            placeholder="None"
            clearable
            searchable
            data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={campaignId}
            onChange={setCampaignId}
            error={errors.campaignId}
          />
        </Group>
        <FileInput
          label="Attachment"
          description="Kept on this computer only"
          placeholder="Choose a file"
          leftSection={<IconPaperclip size={16} />}
          clearable
          value={file}
          onChange={setFile}
          error={errors.attachment ?? errors.attachmentPath}
        />
        {errors.form ? (
          <Text c="red" size="sm" role="alert">
            {errors.form}
          </Text>
        ) : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Ctrl/⌘ Enter saves
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Save interaction
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
