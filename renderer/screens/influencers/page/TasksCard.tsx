import { Button, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { IconPlus } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { CrmError, type Output } from '#shared/contract/index'
import { LoadError } from '../../../components/LoadError.tsx'
import { crm } from '../../../lib/crm.ts'
import { errorText } from '../../../lib/error-text.ts'
import { offerUndo } from '../../../lib/undo.tsx'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'
import { dayFromToday, dayToIso, endOfDay } from './day-values.ts'
import { pageTables } from './page-tables.ts'
import { PageCard } from './PageCard.tsx'
import { TaskLine } from './TaskLine.tsx'

type Task = Output<'tasks.list'>[number]

/** Open tasks first, soonest due on top; done ones stay below, struck through, until deleted. */
const ordered = (tasks: Task[]) =>
  [...tasks].sort(
    (a, b) =>
      Number(!!a.doneAt) - Number(!!b.doneAt) ||
      (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') ||
      a.title.localeCompare(b.title),
  )

/** What someone has to do about this influencer. */
export function TasksCard({ influencerId }: { influencerId: string }) {
  const tasks = useCrmQuery('tasks.list', { influencerId, includeDone: true }, pageTables.tasks)
  const [error, setError] = useState<string>()
  // Overdue is judged against when the page opened: steady while the user works on it.
  const [now] = useState(() => new Date())

  const act = async (work: () => Promise<unknown>) => {
    setError(undefined)
    try {
      await work()
    } catch (e) {
      setError(errorText(e))
    }
  }

  return (
    <PageCard title="Tasks">
      <Stack gap="xs">
        {tasks.error ? (
          <LoadError error={tasks.error} onRetry={tasks.reload} />
        ) : !tasks.data ? (
          <Skeleton h={64} />
        ) : tasks.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tasks yet — add what needs doing below.
          </Text>
        ) : (
          <Stack gap={4} role="list" aria-label="Tasks">
            {ordered(tasks.data).map((task) => (
              <TaskLine
                key={task.id}
                task={task}
                now={now}
                onToggle={(done) => void act(() => crm('tasks.complete', { id: task.id, done }))}
                onDelete={() =>
                  void act(async () => {
                    await crm('tasks.delete', { id: task.id })
                    offerUndo(`Deleted task “${task.title}”`, () =>
                      crm('tasks.restore', { id: task.id }),
                    )
                  })
                }
              />
            ))}
          </Stack>
        )}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <AddTaskForm influencerId={influencerId} />
      </Stack>
    </PageCard>
  )
}

function AddTaskForm({ influencerId }: { influencerId: string }) {
  const [title, setTitle] = useState('')
  const [due, setDue] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    setErrors({})
    try {
      await crm('tasks.create', { title, influencerId, dueAt: dayToIso(due, endOfDay) })
      setTitle('')
      setDue(null)
    } catch (error) {
      setErrors(
        error instanceof CrmError && error.fields ? error.fields : { title: errorText(error) },
      )
    } finally {
      setSaving(false)
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a task">
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          aria-label="New task"
          placeholder="New task"
          flex={1}
          value={title}
          error={errors.title}
          onChange={(e) => {
            setTitle(e.currentTarget.value)
            setErrors({})
          }}
        />
        <DatePickerInput
          aria-label="Due"
          placeholder="Due"
          clearable
          clearButtonProps={{ 'aria-label': 'Clear due date' }}
          w={116}
          valueFormat="D MMM"
          value={due}
          error={errors.dueAt}
          presets={[
            { value: dayFromToday(0), label: 'Today' },
            { value: dayFromToday(1), label: 'Tomorrow' },
            { value: dayFromToday(7), label: 'In a week' },
          ]}
          onChange={setDue}
        />
        <Button type="submit" variant="light" loading={saving} aria-label="Add task" px="xs">
          <IconPlus size={16} />
        </Button>
      </Group>
    </form>
  )
}
