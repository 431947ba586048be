import { Anchor, Badge, Button, Group, Paper, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { FollowUp } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { formatWhen } from '../../lib/format.ts'
import { offerUndo } from '../../lib/undo.tsx'
import { useAction } from '../../lib/use-action.ts'
import { useUiStore } from '../../stores/ui-store.ts'

/** Tomorrow at 9 in the user's own time: when a snoozed follow-up comes back. */
const tomorrowMorning = () => {
  const d = new Date()
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 9).toISOString()
}

export function FollowUpItem({ followUp: f }: { followUp: FollowUp }) {
  const openLog = useUiStore((s) => s.openLogInteraction)
  const setFollowUp = (followUpDate: string | null) =>
    crm('pipeline.updateRelationship', { id: f.relationshipId, patch: { followUpDate } })
  const done = useAction(async () => {
    await setFollowUp(null)
    offerUndo(`Follow-up with ${f.name} done`, () => setFollowUp(f.followUpDate))
  })
  const snooze = useAction(async () => {
    await setFollowUp(tomorrowMorning())
    offerUndo(`Follow-up with ${f.name} moved to tomorrow`, () => setFollowUp(f.followUpDate))
  })

  return (
    <Paper withBorder p="sm" radius="md" aria-label={`Follow up with ${f.name}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Anchor component={Link} to={`/influencers/${f.influencerId}`} fw={600} size="sm">
            {f.name}
          </Anchor>
          <Group gap={6} mt={2}>
            {f.overdue ? (
              <Badge color="red" variant="light" size="sm">
                Overdue
              </Badge>
            ) : null}
            <Text size="xs" c="dimmed">
              {formatWhen(f.followUpDate)}
              {f.ownerName ? ` · ${f.ownerName}` : ''}
            </Text>
          </Group>
          {done.error || snooze.error ? (
            <Text size="xs" c="red" role="alert">
              {done.error ?? snooze.error}
            </Text>
          ) : null}
        </div>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-sm" onClick={() => openLog({ influencerId: f.influencerId })}>
            Log
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            loading={snooze.busy}
            onClick={() => void snooze.run()}
          >
            Tomorrow
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            loading={done.busy}
            onClick={() => void done.run()}
          >
            Done
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}
