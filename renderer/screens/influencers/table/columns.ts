import type { Platform } from '#shared/contract/index'
import { platformLabels } from '../../../components/influencer-filters.ts'

/** Row height in pixels: rows are drawn this tall, and the virtualizer estimates unseen rows by it. */
export const rowHeight = 52

/** Column widths; the name takes what is left. Fixed layout keeps columns still while rows stream in. */
export const columnWidths = {
  select: 44,
  platform: '10%',
  followers: '11%',
  engagement: '12%',
  country: '7%',
  niches: '15%',
  stage: '10%',
  owner: '12%',
} as const

export const columnCount = 9

export const platformLabel = (platform: Platform | null) =>
  platform ? platformLabels[platform] : '—'

export const engagementText = (rate: number | null) => (rate === null ? '—' : `${rate.toFixed(2)}%`)
