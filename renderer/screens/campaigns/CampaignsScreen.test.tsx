import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { CampaignRow } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../test-utils.tsx'
import { useCampaignListStore } from './campaign-list-store.ts'
import { CampaignsScreen } from './CampaignsScreen.tsx'

afterEach(removeFakeCrm)
beforeEach(() => useCampaignListStore.getState().clear())

const usd = (n: number) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(n)

const winter: CampaignRow = {
  id: '0190f5a2-0000-7000-8000-00000000c001',
  name: 'Winter Glow',
  brandId: null,
  brandName: 'Glow Labs',
  status: 'active',
  startDate: '2026-12-01T00:00:00.000Z',
  endDate: null,
  influencerCount: 3,
  budget: { currency: 'USD', budget: 1_000_000, committed: 250_000, paid: 0, remaining: 750_000 },
}

const summary = {
  organization: { id: 'o', name: 'Northwind', currency: 'USD', timezone: 'UTC' },
  counts: { influencers: 0, relationships: 0, interactions: 0, campaigns: 0, documents: 0 },
  dataFile: '/tmp/crm.sqlite',
}

it('lists campaigns with their budget and filters by status and words', async () => {
  const crm = installFakeCrm({
    'campaigns.list': ({ status }) => (status?.includes('draft') ? [] : [winter]),
    'workspace.summary': () => summary,
    'brands.list': () => [],
  })
  renderWithApp(<CampaignsScreen />)
  const row = await screen.findByRole('row', { name: /Winter Glow/ })
  expect(row).toHaveTextContent('Glow Labs')
  expect(row).toHaveTextContent('From Dec 1, 2026')
  expect(row).toHaveTextContent(`${usd(2_500)} committed of ${usd(10_000)}`)
  expect(within(row).getByRole('link', { name: 'Winter Glow' })).toHaveAttribute(
    'href',
    `/campaigns/${winter.id}`,
  )

  fireEvent.click(screen.getByRole('checkbox', { name: 'Draft' }))
  expect(await screen.findByText('No campaign matches these filters')).toBeInTheDocument()
  expect(crm.callsTo('campaigns.list').at(-1)).toEqual({ status: ['draft'] })
  fireEvent.click(screen.getByRole('button', { name: 'Show all campaigns' }))
  expect(await screen.findByRole('row', { name: /Winter Glow/ })).toBeInTheDocument()
  expect(crm.callsTo('campaigns.list').at(-1)).toEqual({})

  fireEvent.change(screen.getByRole('textbox', { name: 'Search campaigns' }), {
    target: { value: ' glow ' },
  })
  await waitFor(() => expect(crm.callsTo('campaigns.list').at(-1)).toEqual({ search: 'glow' }))
  expect(screen.getByText('1 campaign matches')).toBeInTheDocument()
})

it('says what to do when there is no campaign, and a new one opens on its page', async () => {
  const crm = installFakeCrm({
    'campaigns.list': () => [],
    'workspace.summary': () => summary,
    'brands.list': () => [],
    'brands.create': ({ name }) => ({
      id: '0190f5a2-0000-7000-8000-0000000000b1',
      name,
      email: null,
      website: null,
      industry: null,
      country: null,
      notes: null,
    }),
    'campaigns.create': () => winter,
  })
  renderWithApp(
    <Routes>
      <Route path="/campaigns" element={<CampaignsScreen />} />
      <Route path="/campaigns/:id" element={<p>Page of the new campaign</p>} />
    </Routes>,
    { route: '/campaigns' },
  )
  expect(await screen.findByText('No campaigns yet')).toBeInTheDocument()
  fireEvent.click(screen.getAllByRole('button', { name: /New campaign/ })[0]!)
  const dialog = await screen.findByRole('dialog', { name: 'New campaign' })
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), {
    target: { value: 'Winter Glow' },
  })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add a brand' }))
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'New brand' }), {
    target: { value: 'Glow Labs' },
  })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add brand' }))
  await waitFor(() => expect(crm.callsTo('brands.create')).toEqual([{ name: 'Glow Labs' }]))
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Budget' }), {
    target: { value: '10000.5' },
  })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Create campaign' }))

  expect(await screen.findByText('Page of the new campaign')).toBeInTheDocument()
  expect(crm.callsTo('campaigns.create')).toEqual([
    {
      name: 'Winter Glow',
      brandId: '0190f5a2-0000-7000-8000-0000000000b1',
      status: 'draft',
      currency: 'USD',
      budget: 1_000_050,
      startDate: null,
      endDate: null,
      submissionDeadline: null,
      deliverableDeadline: null,
      description: null,
    },
  ])
})
