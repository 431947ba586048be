import { Anchor, Badge, Checkbox, Group, Paper, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { AgendaTask } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { formatWhen } from '../../lib/format.ts'
import { offerUndo } from '../../lib/undo.tsx'
import { useAction } from '../../lib/use-action.ts'

export function TaskItem({ task }: { task: AgendaTask }) {
  const complete = useAction(async () => {
    await crm('tasks.complete', { id: task.id, done: true })
    offerUndo(`Task “${task.title}” done`, () =>
      crm('tasks.complete', { id: task.id, done: false }),
    )
  })
  return (
    <Paper withBorder p="sm" radius="md">
      <Group wrap="nowrap" align="flex-start">
        <Checkbox
          mt={2}
          aria-label={`Mark “${task.title}” done`}
          checked={false}
          disabled={complete.busy}
          onChange={() => void complete.run()}
        />
        <div>
          <Text size="sm" fw={500}>
            {task.title}
          </Text>
          <Group gap={6}>
            {task.overdue ? (
              <Badge color="red" variant="light" size="sm">
                Overdue
              </Badge>
            ) : null}
            {task.dueAt ? (
              <Text size="xs" c="dimmed">
                {formatWhen(task.dueAt)}
              </Text>
            ) : null}
            {task.influencerId && task.influencerName ? (
              <Anchor component={Link} to={`/influencers/${task.influencerId}`} size="xs">
                {task.influencerName}
              </Anchor>
            ) : null}
          </Group>
          {complete.error ? (
            <Text size="xs" c="red" role="alert">
              {complete.error}
            </Text>
          ) : null}
        </div>
      </Group>
    </Paper>
  )
}
