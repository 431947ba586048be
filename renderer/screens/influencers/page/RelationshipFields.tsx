import {
  Group,
  Input,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { IconCalendar } from '@tabler/icons-react'
import { useState } from 'react'
import type { Input as CallInput, RelationshipRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { errorText } from '../../../lib/error-text.ts'
import { formatWhen } from '../../../lib/format.ts'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'
import { dayFromToday, dayToIso, isoToDay, morning } from './day-values.ts'
import { pageTables } from './page-tables.ts'

type Patch = CallInput<'pipeline.updateRelationship'>['patch']

const priorities = [
  { value: '0', label: 'None' },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
]

/** Every control saves on its own as soon as it changes: there is no form to submit. */
export function RelationshipFields({ relationship: rel }: { relationship: RelationshipRow }) {
  const stages = useCrmQuery('pipeline.stages', {}, pageTables.stages)
  const members = useCrmQuery('workspace.members', {}, pageTables.members)
  const [error, setError] = useState<string>()

  const run = async (work: () => Promise<unknown>) => {
    setError(undefined)
    try {
      await work()
    } catch (e) {
      setError(errorText(e))
    }
  }
  const update = (patch: Patch) =>
    run(() => crm('pipeline.updateRelationship', { id: rel.id, patch }))
  // No neighbours given: the card goes to the bottom of the new column.
  const move = (stageId: string) =>
    run(() => crm('pipeline.move', { relationshipId: rel.id, stageId }))

  return (
    <Stack gap="sm">
      <Select
        label="Stage"
        data={(stages.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={rel.stageId}
        allowDeselect={false}
        onChange={(stageId) => {
          if (stageId && stageId !== rel.stageId) void move(stageId)
        }}
      />
      <Select
        label="Owner"
        placeholder="Nobody"
        clearable
        data={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        value={rel.ownerId}
        onChange={(ownerId) => void update({ ownerId })}
      />
      <Input.Wrapper label="Priority" id="relationship-priority">
        <SegmentedControl
          fullWidth
          size="xs"
          aria-labelledby="relationship-priority-label"
          data={priorities}
          value={String(rel.priority)}
          onChange={(v) => void update({ priority: Number(v) })}
        />
      </Input.Wrapper>
      <DatePickerInput
        label="Follow-up"
        placeholder="No follow-up"
        clearable
        clearButtonProps={{ 'aria-label': 'Clear follow-up' }}
        leftSection={<IconCalendar size={16} />}
        valueFormat="ddd D MMM YYYY"
        value={isoToDay(rel.followUpDate)}
        presets={[
          { value: dayFromToday(1), label: 'Tomorrow' },
          { value: dayFromToday(3), label: 'In 3 days' },
          { value: dayFromToday(7), label: 'In a week' },
          { value: dayFromToday(14), label: 'In 2 weeks' },
        ]}
        onChange={(day) => void update({ followUpDate: dayToIso(day, morning) })}
      />
      <SimpleGrid cols={2} spacing="sm">
        <div>
          <Text size="sm" fw={500}>
            Last contacted
          </Text>
          <Text
            size="sm"
            data-testid="last-contacted"
            c={rel.lastContactedAt ? undefined : 'dimmed'}
          >
            {rel.lastContactedAt ? formatWhen(rel.lastContactedAt) : 'Never'}
          </Text>
        </div>
        <div>
          <Group justify="space-between">
            <Text size="sm" fw={500} id="relationship-strength">
              Strength
            </Text>
            <Text size="sm" c="dimmed">
              {rel.relationshipStrength}/100
            </Text>
          </Group>
          <Progress
            mt={6}
            value={rel.relationshipStrength}
            aria-labelledby="relationship-strength"
            color={
              rel.relationshipStrength >= 60
                ? 'teal'
                : rel.relationshipStrength >= 25
                  ? 'yellow'
                  : 'gray'
            }
          />
        </div>
      </SimpleGrid>
      <TagsInput
        label="Tags"
        placeholder="Type a tag and press Enter"
        value={rel.tags}
        onChange={(tags) => void update({ tags })}
      />
      {/* Keyed by the saved text: after a save (or a colleague's) the box shows what is stored. */}
      <NotesField
        key={rel.notes ?? ''}
        notes={rel.notes}
        onSave={(notes) => void update({ notes })}
      />
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  )
}

function NotesField({
  notes,
  onSave,
}: {
  notes: string | null
  onSave: (notes: string | null) => void
}) {
  const [draft, setDraft] = useState(notes ?? '')
  return (
    <Textarea
      label="Notes"
      description="Saved when you leave the box"
      autosize
      minRows={2}
      maxRows={10}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        const next = draft.trim() === '' ? null : draft
        if (next !== notes) onSave(next)
      }}
    />
  )
}
