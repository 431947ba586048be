import { Notifications } from '@mantine/notifications'
import { screen } from '@testing-library/react'
import { Route, Routes, useParams } from 'react-router'
import type { CampaignRow, InfluencerRow, Input, Platform } from '#shared/contract/index'
import { resetInfluencerTable } from '../../../stores/influencer-table-store.ts'
import { installFakeCrm, renderWithApp, type FakeHandlers } from '../../../test-utils.tsx'
import { InfluencersScreen } from '../InfluencersScreen.tsx'

const uuid = (n: number) => `0190f5a2-0000-7000-8000-${String(n).padStart(12, '0')}`

export const stages = ['Saved', 'Contacted', 'Warm', 'Negotiating', 'Partnered', 'Cold'].map(
  (name, n) => ({
    id: uuid(100 + n),
    name,
    position: n,
    kind: (name === 'Partnered' ? 'won' : name === 'Cold' ? 'lost' : 'open') as 'open',
  }),
)
export const members = [
  { id: uuid(200), name: 'Mia Owner', email: 'mia@northwind.test' },
  { id: uuid(201), name: 'Noah Lead', email: 'noah@northwind.test' },
]

function person(
  n: number,
  name: string,
  platform: Platform,
  followers: number,
  engagementRate: number | null,
  stage: number | null,
): InfluencerRow {
  return {
    id: uuid(n),
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.com`,
    primaryPlatform: platform,
    followers,
    engagementRate,
    country: 'US',
    nicheTags: ['beauty', 'travel', 'food'].slice(0, (n % 3) + 1),
    stageId: stage === null ? null : stages[stage]!.id,
    ownerId: stage === null ? null : members[n % 2]!.id,
  }
}

/** Five people whose order differs by name, followers and engagement. */
export const people: InfluencerRow[] = [
  person(1, 'Ava Stone', 'instagram', 120_000, 4.2, 0),
  person(2, 'Bo Chen', 'youtube', 2_400_000, 1.1, 1),
  person(3, 'Cy Diaz', 'tiktok', 56_000, 7.9, 2),
  person(4, 'Dee Park', 'youtube', 890_000, 2.5, 0),
  person(5, 'Eli Moss', 'twitch', 15_000, null, null),
]

export const campaigns: CampaignRow[] = [
  {
    id: uuid(300),
    name: 'Summer Glow',
    brandId: null,
    brandName: 'Glow Labs',
    status: 'planned',
    startDate: null,
    endDate: null,
    influencerCount: 0,
    budget: { currency: 'EUR', budget: 0, committed: 0, paid: 0, remaining: 0 },
  },
]

const sortValue = (row: InfluencerRow, by: string) =>
  by === 'followers' ? row.followers : by === 'engagement' ? (row.engagementRate ?? -1) : row.name

/** influencers.list as main answers it, over `all`: search, platform filter, sort and window. */
export function listOf(all: InfluencerRow[]) {
  return (input: Input<'influencers.list'>) => {
    const search = (input.filters?.search ?? input.search)?.toLowerCase()
    const platforms = input.filters?.platforms
    const matching = all.filter(
      (r) =>
        (!search || r.name.toLowerCase().includes(search)) &&
        (!platforms?.length || (r.primaryPlatform && platforms.includes(r.primaryPlatform))),
    )
    const by = input.sort?.by ?? 'name'
    const dir = input.sort?.dir === 'desc' ? -1 : 1
    const sorted = [...matching].sort((a, b) => {
      const [x, y] = [sortValue(a, by), sortValue(b, by)]
      return (x < y ? -1 : x > y ? 1 : 0) * dir
    })
    const offset = input.offset ?? 0
    return {
      rows: sorted.slice(offset, offset + (input.limit ?? 100)),
      total: matching.length,
    }
  }
}

export function renderInfluencers(handlers: FakeHandlers = {}) {
  const crm = installFakeCrm({
    'influencers.list': listOf(people),
    'pipeline.stages': () => stages,
    'workspace.members': () => members,
    'campaigns.list': () => campaigns,
    'pipeline.facets': () => ({
      niches: ['beauty', 'food', 'travel'],
      tags: ['vip'],
      countries: ['US'],
    }),
    ...handlers,
  })
  renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/influencers" element={<InfluencersScreen />} />
        <Route path="/influencers/:id" element={<InfluencerPageStub />} />
      </Routes>
    </>,
    { route: '/influencers' },
  )
  return crm
}

function InfluencerPageStub() {
  return <p>Influencer page {useParams().id}</p>
}

/** The names in the table, top to bottom. */
export const shownNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td:nth-child(2) p')?.textContent)

const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')

/**
 * jsdom lays nothing out, so every box is 0 px tall and a virtualizer shows no rows; this
 * gives scroll boxes the height of a laptop window and each element a table row's height
 * for the length of a test file.
 */
export function stubLayout() {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 700,
  })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get: () => 52,
  })
}

export function unstubLayout() {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight)
  if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight)
}

/** A fresh install: no saved views, no remembered search. */
export function resetTableState() {
  localStorage.clear()
  resetInfluencerTable()
}
