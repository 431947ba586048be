import type { Output, Platform } from '#shared/contract/index'

type StatsPoint = Output<'influencers.get'>['stats'][number]

export interface ChartPoint {
  /** The snapshot's day, as the axis shows it. */
  day: string
  followers: number | null
  engagement: number | null
}

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })

/** Snapshots per platform, oldest first: one line chart each. */
export function statsByPlatform(stats: StatsPoint[]): Map<Platform, ChartPoint[]> {
  const byPlatform = new Map<Platform, ChartPoint[]>()
  const sorted = [...stats].sort((a, b) => a.snapshotAt.localeCompare(b.snapshotAt))
  for (const point of sorted) {
    const series = byPlatform.get(point.platform) ?? []
    series.push({
      day: dayLabel.format(new Date(point.snapshotAt)),
      followers: point.followers,
      engagement: point.engagementRate,
    })
    byPlatform.set(point.platform, series)
  }
  return byPlatform
}

/** "+12.5%": how followers moved from the first snapshot to the last, or null when unknown. */
export function followerGrowth(series: ChartPoint[]): string | null {
  const first = series.find((p) => p.followers !== null)?.followers
  const last = series.findLast((p) => p.followers !== null)?.followers
  if (!first || last === undefined || last === null || series.length < 2) return null
  const change = ((last - first) / first) * 100
  return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`
}
