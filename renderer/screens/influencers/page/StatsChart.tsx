import { LineChart } from '@mantine/charts'
import { EmptyState, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconChartLine } from '@tabler/icons-react'
import { useState } from 'react'
import type { Output, Platform } from '#shared/contract/index'
import { formatCompact, formatCount } from '../../../lib/format.ts'
import { PageCard } from './PageCard.tsx'
import { followerGrowth, statsByPlatform } from './stats-series.ts'
import { platformLabels } from './words.ts'

/** Followers and engagement over time, one platform at a time. */
export function StatsChart({ stats }: { stats: Output<'influencers.get'>['stats'] }) {
  const byPlatform = statsByPlatform(stats)
  const platforms = [...byPlatform.keys()]
  const [chosen, setChosen] = useState<Platform | null>(null)
  const platform = chosen && byPlatform.has(chosen) ? chosen : platforms[0]
  const series = platform ? (byPlatform.get(platform) ?? []) : []
  const growth = followerGrowth(series)

  return (
    <PageCard
      title="Stats history"
      action={
        platforms.length > 1 && platform ? (
          <SegmentedControl
            size="xs"
            aria-label="Platform"
            data={platforms.map((p) => ({ value: p, label: platformLabels[p] }))}
            value={platform}
            onChange={(v) => setChosen(v)}
          />
        ) : null
      }
    >
      {series.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconChartLine />}
          title="No stats history yet"
          description="Snapshots of followers and engagement appear here once an import or a profile refresh records them."
        />
      ) : (
        <Stack gap="xs">
          <LineChart
            h={220}
            data={series}
            dataKey="day"
            aria-label={`Followers and engagement on ${platform ? platformLabels[platform] : ''}`}
            series={[
              { name: 'followers', label: 'Followers', color: 'violet.6' },
              { name: 'engagement', label: 'Engagement %', color: 'teal.6', yAxisId: 'right' },
            ]}
            withRightYAxis
            withLegend
            curveType="monotone"
            // Growth is what matters: the axis hugs the figures instead of starting at zero.
            yAxisProps={{
              tickFormatter: (v: number) => formatCompact(v),
              width: 48,
              domain: ['auto', 'auto'],
            }}
            rightYAxisProps={{ tickFormatter: (v: number) => `${v}%`, width: 44 }}
            valueFormatter={(v) => formatCount(v)}
          />
          <Text size="sm" c="dimmed">
            {series.length} snapshots on {platform ? platformLabels[platform] : ''}
            {growth ? ` · followers ${growth} since the first` : ''}
          </Text>
        </Stack>
      )}
    </PageCard>
  )
}
