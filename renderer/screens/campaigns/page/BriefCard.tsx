import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { crm } from '../../../lib/crm.ts'
import { useAction } from '../../../lib/use-action.ts'

/** The brief in the campaign's own words, edited in place. */
export function BriefCard({ id, description }: { id: string; description: string | null }) {
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(description ?? '')
  const save = useAction(async () => {
    await crm('campaigns.update', { id, patch: { description: text.trim() || null } })
    setEditing(false)
  })
  const edit = () => {
    setText(description ?? '')
    setEditing(true)
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Brief">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Brief
        </Title>
        {editing ? null : (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencil size={14} />}
            onClick={edit}
          >
            {description ? 'Edit brief' : 'Write brief'}
          </Button>
        )}
      </Group>
      {editing ? (
        <Stack gap="xs">
          <Textarea
            aria-label="Brief"
            autosize
            minRows={4}
            maxRows={14}
            autoFocus
            value={text}
            error={save.error}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button size="xs" loading={save.busy} onClick={() => void save.run()}>
              Save brief
            </Button>
          </Group>
        </Stack>
      ) : description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {description}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No brief yet. Write what the brand wants: goals, key messages, do&apos;s and don&apos;ts.
        </Text>
      )}
    </Paper>
  )
}
