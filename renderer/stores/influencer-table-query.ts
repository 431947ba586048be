import { z } from 'zod'
import { InfluencerFilters } from '#shared/contract/index'
import { cleanFilters } from '../components/influencer-filters.ts'

export const sortKeys = ['name', 'followers', 'engagement', 'created'] as const
export type SortKey = (typeof sortKeys)[number]

export const TableSort = z.object({ by: z.enum(sortKeys), dir: z.enum(['asc', 'desc']) })
export type TableSort = z.infer<typeof TableSort>

/** What the influencer table shows: the part a saved view remembers. */
export const TableQuery = z.object({
  /** The filter bar's filters without its search box, which is `search`. */
  filters: InfluencerFilters,
  search: z.string().max(200),
  sort: TableSort,
})
export type TableQuery = z.infer<typeof TableQuery>

export const SavedView = TableQuery.extend({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(80),
})
export type SavedView = z.infer<typeof SavedView>

export const defaultSort: TableSort = { by: 'name', dir: 'asc' }
export const defaultQuery: TableQuery = { filters: {}, search: '', sort: defaultSort }

/** Big numbers are what people look for first; names read A to Z. */
export const nextSort = (current: TableSort, by: SortKey): TableSort =>
  current.by === by
    ? { by, dir: current.dir === 'asc' ? 'desc' : 'asc' }
    : { by, dir: by === 'name' ? 'asc' : 'desc' }

const hasFilters = (filters: InfluencerFilters) =>
  Object.keys(cleanFilters({ ...filters, search: '' })).length > 0

/** True when the table hides someone: a search or a filter is on. */
export const narrows = (query: TableQuery) =>
  query.search.trim() !== '' || hasFilters(query.filters)

// The bar's cleaning writes keys in one order, so equal filters print equal.
const canonical = (query: TableQuery) =>
  JSON.stringify([
    cleanFilters({ ...query.filters, search: '' }),
    query.search.trim(),
    query.sort.by,
    query.sort.dir,
  ])

export const sameQuery = (a: TableQuery, b: TableQuery) => canonical(a) === canonical(b)
