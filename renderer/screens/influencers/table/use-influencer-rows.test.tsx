import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { InfluencerRow } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm } from '../../../test-utils.tsx'
import { listOf, people } from './table-test-kit.tsx'
import { useInfluencerRows, type ListQuery } from './use-influencer-rows.ts'

afterEach(removeFakeCrm)

const many: InfluencerRow[] = Array.from({ length: 1200 }, (_, n) => ({
  ...people[0]!,
  id: `row-${String(n).padStart(5, '0')}`,
  name: `Person ${String(n).padStart(5, '0')}`,
}))
const byName: ListQuery = { sort: { by: 'name', dir: 'asc' } }

it('reads a page at a time, and re-reads every loaded page when the data changes', async () => {
  const crm = installFakeCrm({ 'influencers.list': listOf(many) })
  const { result } = renderHook(() => useInfluencerRows(byName))
  await waitFor(() => expect(result.current.rows).toHaveLength(500))
  expect(result.current).toMatchObject({ total: 1200, hasMore: true, loading: false })

  act(() => result.current.loadMore())
  act(() => result.current.loadMore()) // a second call while the first is on its way asks nothing
  await waitFor(() => expect(result.current.rows).toHaveLength(1000))
  expect(result.current.rows[500]!.name).toBe('Person 00500')
  act(() => result.current.loadMore())
  await waitFor(() => expect(result.current.rows).toHaveLength(1200))
  expect(result.current.hasMore).toBe(false)
  expect(crm.callsTo('influencers.list').map((c) => (c as { offset: number }).offset)).toEqual([
    0, 500, 1000,
  ])

  // Someone was renamed elsewhere: the three pages come back, not just the first.
  many[1100] = { ...many[1100]!, name: 'Person 01100 (renamed)' }
  act(() => crm.emit(['influencer_relationships']))
  await waitFor(() => expect(result.current.rows[1100]!.name).toBe('Person 01100 (renamed)'))
  expect(result.current.rows).toHaveLength(1200)
  expect(
    crm
      .callsTo('influencers.list')
      .slice(3)
      .map((c) => (c as { offset: number }).offset),
  ).toEqual([0, 500, 1000])
})

it('starts again from the first page when the query changes, ignoring other tables', async () => {
  const crm = installFakeCrm({ 'influencers.list': listOf(many) })
  const { result, rerender } = renderHook((query: ListQuery) => useInfluencerRows(query), {
    initialProps: byName,
  })
  await waitFor(() => expect(result.current.rows).toHaveLength(500))
  act(() => crm.emit(['campaigns']))

  rerender({ sort: { by: 'name', dir: 'desc' } })
  expect(result.current.loading).toBe(true)
  await waitFor(() => expect(result.current.rows[0]!.name).toBe('Person 01199'))
  expect(result.current.rows).toHaveLength(500)
  expect(crm.callsTo('influencers.list')).toEqual([
    { ...byName, limit: 500, offset: 0 },
    { sort: { by: 'name', dir: 'desc' }, limit: 500, offset: 0 },
  ])
})
