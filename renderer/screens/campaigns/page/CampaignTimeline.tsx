import { Box, Group, Paper, Text, VisuallyHidden } from '@mantine/core'
import type { CampaignDetail } from '#shared/contract/index'
import { formatDay, formatShortDay } from '../days.ts'
import { timelineMarks, type MarkKind, type TimelineMark } from './timeline-marks.ts'

const markColor: Record<MarkKind, string> = {
  start: 'var(--mantine-color-green-6)',
  end: 'var(--mantine-color-red-6)',
  deadline: 'var(--mantine-color-orange-6)',
  due: 'var(--mantine-color-violet-6)',
}

function Mark({ mark }: { mark: TimelineMark }) {
  const said = `${mark.label}: ${formatDay(mark.at)}`
  return (
    <li
      style={{
        position: 'absolute',
        left: `${mark.percent}%`,
        top: 0,
        height: '100%',
      }}
    >
      <VisuallyHidden>{said}</VisuallyHidden>
      <Box
        pos="absolute"
        top={50}
        left={-6}
        w={12}
        h={12}
        title={said}
        style={{ borderRadius: '50%', background: markColor[mark.kind] }}
      />
      {mark.lane === 'none' ? null : (
        <Box
          aria-hidden
          pos="absolute"
          top={mark.lane === 'above' ? 2 : 70}
          style={{ transform: 'translateX(-50%)', whiteSpace: 'nowrap', textAlign: 'center' }}
        >
          <Text size="xs" fw={600} lh={1.2} maw={160} truncate="end">
            {mark.label}
          </Text>
          <Text size="xs" c="dimmed" lh={1.2}>
            {formatShortDay(mark.at)}
          </Text>
        </Box>
      )}
    </li>
  )
}

/** A horizontal line of the campaign's dates, labelled above and below where there is room. */
export function CampaignTimeline({ campaign }: { campaign: CampaignDetail }) {
  const { marks, todayPercent } = timelineMarks(campaign, new Date())
  if (marks.length === 0) {
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-label="Timeline">
        <Text size="sm" c="dimmed">
          No dates yet. Set the start and end with “Edit”, and give deliverables due dates, to see
          them on a timeline.
        </Text>
      </Paper>
    )
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Timeline">
      <Box pos="relative" h={104} mx={56}>
        <Box
          pos="absolute"
          top={55}
          left={0}
          right={0}
          h={2}
          bg="var(--mantine-color-default-border)"
        />
        {todayPercent !== null ? (
          <Box
            pos="absolute"
            top={42}
            h={28}
            w={2}
            left={`${todayPercent}%`}
            bg="var(--mantine-color-blue-5)"
            title={`Today, ${formatDay(new Date().toISOString())}`}
          />
        ) : null}
        <ol
          style={{ listStyle: 'none', margin: 0, padding: 0, position: 'absolute', inset: 0 }}
          aria-label="Campaign dates"
        >
          {marks.map((mark) => (
            <Mark key={mark.key} mark={mark} />
          ))}
        </ol>
      </Box>
      {todayPercent !== null ? (
        <Group justify="flex-end" gap={6} aria-hidden>
          <Box w={2} h={12} bg="var(--mantine-color-blue-5)" />
          <Text size="xs" c="dimmed">
            today
          </Text>
        </Group>
      ) : null}
    </Paper>
  )
}
