import { expect, it } from 'vitest'
import { cleanFilters, countActiveFilters, queryableFilters } from './influencer-filters.ts'

it('drops what is empty, keeping the search as typed', () => {
  expect(
    cleanFilters({
      search: '  ',
      platforms: [],
      tags: ['vip'],
      followUpDue: false,
      followersMin: undefined,
      engagementMax: 4,
    }),
  ).toEqual({ tags: ['vip'], engagementMax: 4 })
  expect(cleanFilters({ search: 'ava ' })).toEqual({ search: 'ava ' })
})

it('sends a trimmed search, no crossed range, and nothing at all when nothing is set', () => {
  expect(
    queryableFilters({
      search: ' ava ',
      followersMin: 50_000,
      followersMax: 1_000,
      engagementMin: 1,
      engagementMax: 2,
    }),
  ).toEqual({ search: 'ava', engagementMin: 1, engagementMax: 2 })
  expect(queryableFilters({ niches: [], followUpDue: false })).toBeUndefined()
})

it('counts each kind of filter once', () => {
  expect(countActiveFilters({})).toBe(0)
  expect(
    countActiveFilters({
      engagementMin: 0,
      followersMax: 10,
      ownerIds: ['x'],
      countries: ['US', 'GB'],
      niches: [],
    }),
  ).toBe(4)
})
