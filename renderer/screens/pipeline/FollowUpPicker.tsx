import { Button, Group, Stack, Text } from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { dayFromToday, followUpToDay } from './follow-up.ts'

const presets = () => [
  { value: dayFromToday(0), label: 'Today' },
  { value: dayFromToday(1), label: 'Tomorrow' },
  { value: dayFromToday(3), label: 'In 3 days' },
  { value: dayFromToday(7), label: 'In a week' },
  { value: dayFromToday(14), label: 'In 2 weeks' },
  { value: dayFromToday(30), label: 'In a month' },
]

/** A calendar with the usual picks beside it; a click sets the day, Clear removes it. */
export function FollowUpPicker({
  name,
  current,
  busy,
  onPick,
}: {
  name: string
  current: string | null
  busy: boolean
  onPick: (day: string | null) => void
}) {
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Follow up with {name}
      </Text>
      <DatePicker
        value={followUpToDay(current)}
        onChange={(day) => {
          if (day) onPick(day)
        }}
        presets={presets()}
        minDate={dayFromToday(0)}
        aria-label={`Follow-up date for ${name}`}
      />
      {current ? (
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            loading={busy}
            onClick={() => onPick(null)}
          >
            Clear follow-up
          </Button>
        </Group>
      ) : null}
    </Stack>
  )
}
