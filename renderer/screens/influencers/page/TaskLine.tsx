import { ActionIcon, Checkbox, Group, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import type { Output } from '#shared/contract/index'
import { formatDay } from './words.ts'

type Task = Output<'tasks.list'>[number]

/** One task: tick it done (or not), see when it is due, delete it. */
export function TaskLine({
  task,
  now,
  onToggle,
  onDelete,
}: {
  task: Task
  now: Date
  onToggle: (done: boolean) => void
  onDelete: () => void
}) {
  const done = !!task.doneAt
  const overdue = !done && !!task.dueAt && Date.parse(task.dueAt) < now.getTime()
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" role="listitem">
      <Checkbox
        size="sm"
        checked={done}
        onChange={(e) => onToggle(e.currentTarget.checked)}
        label={
          <Text size="sm" td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
            {task.title}
          </Text>
        }
        aria-label={task.title}
      />
      <Group gap={4} wrap="nowrap">
        {task.dueAt ? (
          <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
            {overdue ? 'overdue · ' : ''}
            {formatDay(task.dueAt, now)}
          </Text>
        ) : null}
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`Delete task “${task.title}”`}
          onClick={onDelete}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Group>
    </Group>
  )
}
