import { base, en, Faker } from '@faker-js/faker'
import type { Platform } from '#shared/domain/enums'
import type { LocalDb } from '../sqlite/open.ts'
import { BulkInsert } from './bulk-insert.ts'

export const dayMs = 86_400_000
/** Rows per transaction for the big tables: one long write would block readers for seconds. */
export const chunkSize = 5_000

export const iso = (ms: number) => new Date(ms).toISOString()
export const ascii = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
export const stamp = (ms: number) => {
  const at = iso(ms)
  return { createdAt: at, updatedAt: at }
}

/** How big the demo is, settled once from the options. */
export interface DemoSize {
  influencers: number
  interactions: number
  campaigns: number
}

/**
 * What every step of the seed shares: the database, one random source and the clock.
 * There is a single faker for the whole run, so the steps must keep their order (and
 * their order of draws) for the same seed to give the same agency.
 */
export interface DemoContext {
  db: LocalDb
  bulk: BulkInsert
  faker: Faker
  size: DemoSize
  /** The demo's clock, in ms, and noon UTC of that day (follow-ups are due "today"). */
  now: number
  today: Date
  inTransaction: (fn: () => void) => void
  /** Reports rows of the big tables written so far. */
  progress: (rows: number) => void
  pick: <T>(items: readonly T[]) => T
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T
  between: (min: number, max: number) => number
  int: (min: number, max: number) => number
  chance: (p: number) => boolean
  daysAgo: (days: number) => number
}

export function createContext(
  db: LocalDb,
  size: DemoSize,
  options: { seed?: number; now?: Date; onProgress?: (done: number, total: number) => void },
): DemoContext {
  const now = (options.now ?? new Date()).getTime()
  const today = new Date(now)
  today.setUTCHours(12, 0, 0, 0)
  const faker = new Faker({ locale: [en, base] })
  faker.seed(options.seed ?? 7)
  const client = db.$client

  const totalWork = size.influencers * 2 + size.interactions
  let done = 0
  const progress = (rows: number) => {
    done += rows
    options.onProgress?.(Math.min(done, totalWork), totalWork)
  }

  const between = (min: number, max: number) => min + faker.number.float() * (max - min)
  return {
    db,
    bulk: new BulkInsert(db),
    faker,
    size,
    now,
    today,
    inTransaction: (fn) => client.transaction(fn).immediate(),
    progress,
    pick: (items) => items[Math.floor(faker.number.float() * items.length)]!,
    weighted: (entries) => {
      const total = entries.reduce((n, [, w]) => n + w, 0)
      let roll = faker.number.float() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      return entries[entries.length - 1]![0]
    },
    between,
    int: (min, max) => Math.floor(between(min, max + 1)),
    chance: (p) => faker.number.float() < p,
    daysAgo: (days) => now - days * dayMs,
  }
}

/** One member of staff: who owns cards, campaigns and tasks. */
export interface StaffMember {
  id: string
  role: 'admin' | 'manager' | 'member'
  name: string
  email: string
}

/** The organization and its people, made first: every other row belongs to them. */
export interface Agency {
  orgId: string
  orgCreated: number
  staff: StaffMember[]
  /** Ids of staff who may own brands and campaigns (admin and managers). */
  managers: string[]
  /** Index into staff with its weight: members own the most cards. */
  ownerWeights: [number, number][]
}

/** Everything the later tables need to know about one influencer, kept compact. */
export interface Roster {
  ids: string[]
  names: string[]
  firsts: string[]
  handles: string[]
  platform: Platform[]
  followers: Int32Array
  engagement: Float32Array
  stage: Uint8Array
  owner: Uint8Array
  country: string[]
  createdAt: Float64Array
}
