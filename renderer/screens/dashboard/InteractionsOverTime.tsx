import { AreaChart } from '@mantine/charts'
import { Button, Group, SegmentedControl, Text } from '@mantine/core'
import { IconMessages } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import type { Activity, InteractionType } from '#shared/contract/index'
import { formatCount, plural } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { useUiStore } from '../../stores/ui-store.ts'
import { DashboardSection } from './DashboardSection.tsx'
import { localWeekStart, weekLabel } from './week-start.ts'

const ranges = ['12', '26', '52'] as const

const typeStyle: Record<InteractionType, { label: string; color: string }> = {
  email: { label: 'Email', color: 'blue.6' },
  call: { label: 'Call', color: 'teal.6' },
  meeting: { label: 'Meeting', color: 'grape.6' },
  note: { label: 'Note', color: 'yellow.6' },
  dm: { label: 'DM', color: 'pink.6' },
  file_upload: { label: 'File', color: 'gray.6' },
}

/** Interactions per week, stacked by type, over the last 12, 26 or 52 weeks. */
export function InteractionsOverTime() {
  const [range, setRange] = useState<(typeof ranges)[number]>('12')
  // Fixed while the screen is open, so the query's input (and its cache key) stays put.
  const weekStart = useMemo(() => localWeekStart(), [])
  const weeks = Number(range)
  const query = useCrmQuery('dashboard.activity', { weeks, weekStart }, ['interactions'])
  const openLog = useUiStore((s) => s.openLogInteraction)
  return (
    <DashboardSection
      title="Interactions over time"
      subtitle={`Emails, calls, meetings, notes and DMs logged per week, last ${weeks} weeks`}
      controls={
        <SegmentedControl
          size="xs"
          aria-label="Weeks shown"
          data={ranges.map((value) => ({ value, label: `${value} weeks` }))}
          value={range}
          onChange={(value) => setRange(value)}
        />
      }
      query={query}
      isEmpty={(activity) => activity.weeks.every((w) => w.total === 0)}
      empty={{
        icon: <IconMessages />,
        title: `Nothing logged in the last ${weeks} weeks`,
        description:
          'Log each email, call and meeting (Ctrl or ⌘ + L from anywhere) and the weeks fill up here.',
        action: (
          <Button variant="light" size="xs" onClick={() => openLog({})}>
            Log an interaction
          </Button>
        ),
      }}
      skeletonHeight={260}
    >
      {(activity) => <ActivityBody activity={activity} weeks={weeks} />}
    </DashboardSection>
  )
}

function ActivityBody({ activity, weeks }: { activity: Activity; weeks: number }) {
  const data = activity.weeks.map((w) => ({ week: weekLabel(w.start), ...w.counts }))
  const total = activity.weeks.reduce((sum, w) => sum + w.total, 0)
  const byType = activity.types
    .map((type) => ({
      type,
      n: activity.weeks.reduce((sum, w) => sum + w.counts[type], 0),
    }))
    .filter((t) => t.n > 0)
  return (
    <>
      <AreaChart
        h={260}
        data={data}
        dataKey="week"
        type="stacked"
        curveType="monotone"
        withDots={false}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={formatCount}
        series={activity.types.map((type) => ({ name: type, ...typeStyle[type] }))}
      />
      <Group gap="md">
        <Text size="sm" fw={600} data-testid="activity-total">
          {plural(total, 'interaction')} in the last {weeks} weeks
        </Text>
        {byType.map((t) => (
          <Text key={t.type} size="sm" c="dimmed">
            {typeStyle[t.type].label}: {formatCount(t.n)}
          </Text>
        ))}
      </Group>
    </>
  )
}
