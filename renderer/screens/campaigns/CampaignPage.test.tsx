import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, expect, it } from 'vitest'
import { CrmError, type CampaignDetail } from '#shared/contract/index'
import { undoLast } from '../../lib/undo.tsx'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../test-utils.tsx'
import { campaignDetail, campaignId, influencerLink } from './campaign-fixture.ts'
import { CampaignPage } from './CampaignPage.tsx'

afterEach(removeFakeCrm)

const eur = (n: number) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(n)

function renderPage() {
  return renderWithApp(
    <Routes>
      <Route path="/campaigns/:id" element={<CampaignPage />} />
    </Routes>,
    { route: `/campaigns/${campaignId}` },
  )
}

const figure = (name: string) => screen.getByTestId(`budget-${name}`)

it('shows the budget figures and follows them when an accepted offer and a payment land', async () => {
  const ava = influencerLink('Ava Stone', 1)
  let detail: CampaignDetail = campaignDetail({ influencers: [ava], influencerCount: 1 })
  const crm = installFakeCrm({ 'campaigns.get': () => detail })
  renderPage()

  expect(await screen.findByRole('heading', { name: "Winter Glow '26" })).toBeInTheDocument()
  expect(figure('budget')).toHaveTextContent(eur(15_000))
  expect(figure('committed')).toHaveTextContent(eur(0))
  expect(figure('remaining')).toHaveTextContent(eur(15_000))

  detail = campaignDetail({
    influencers: [ava],
    budget: {
      currency: 'EUR',
      budget: 1_500_000,
      committed: 400_000,
      paid: 0,
      remaining: 1_100_000,
    },
  })
  crm.emit(['offers'])
  await waitFor(() => expect(figure('committed')).toHaveTextContent(eur(4_000)))
  expect(figure('remaining')).toHaveTextContent(eur(11_000))

  // Over budget: the card says by how much, in words.
  detail = campaignDetail({
    budget: {
      currency: 'EUR',
      budget: 1_500_000,
      committed: 1_600_000,
      paid: 200_000,
      remaining: -100_000,
    },
  })
  crm.emit(['payments'])
  await waitFor(() => expect(figure('paid')).toHaveTextContent(eur(2_000)))
  expect(figure('remaining')).toHaveTextContent(`-${eur(1_000)}`)
  expect(screen.getByText(`Committed spend is ${eur(1_000)} over the budget.`)).toBeInTheDocument()

  // A table the page does not show changes nothing and asks nothing.
  const reads = crm.callsTo('campaigns.get').length
  crm.emit(['interactions'])
  expect(crm.callsTo('campaigns.get')).toHaveLength(reads)
})

it('says when the campaign is gone, with the way back', async () => {
  installFakeCrm({
    'campaigns.get': () => {
      throw new CrmError('not_found', 'That campaign no longer exists; it may have been deleted.')
    },
  })
  renderPage()
  expect(await screen.findByText('This campaign is not here')).toBeInTheDocument()
  expect(
    screen.getByText(
      'That campaign no longer exists; it may have been deleted. Pick another from the list.',
    ),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to campaigns' })).toHaveAttribute(
    'href',
    '/campaigns',
  )
})

it('moves a card on the board, and removing one offers an undo that restores it', async () => {
  const ava = influencerLink('Ava Stone', 1)
  const crm = installFakeCrm({
    'campaigns.get': () => campaignDetail({ influencers: [ava], influencerCount: 1 }),
    'campaigns.updateInfluencer': ({ id }) => ({ ...ava, id, status: 'invited' }),
    'campaigns.removeInfluencer': ({ id }) => ({ id }),
    'campaigns.restoreInfluencer': () => ava,
  })
  renderPage()
  const planned = await screen.findByRole('region', { name: 'Planned' })
  const card = within(planned).getByRole('listitem', { name: 'Ava Stone' })
  fireEvent.change(within(card).getByRole('combobox', { name: 'Status of Ava Stone' }), {
    target: { value: 'invited' },
  })
  await waitFor(() =>
    expect(crm.callsTo('campaigns.updateInfluencer')).toEqual([
      { id: ava.id, patch: { status: 'invited' } },
    ]),
  )

  fireEvent.click(within(card).getByRole('button', { name: 'Actions for Ava Stone' }))
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Remove from campaign' }))
  await waitFor(() => expect(crm.callsTo('campaigns.removeInfluencer')).toEqual([{ id: ava.id }]))
  expect(crm.callsTo('campaigns.restoreInfluencer')).toEqual([])
  // Mod+Z (or the note's Undo button) brings them back through main.
  expect(await undoLast()).toBe(true)
  expect(crm.callsTo('campaigns.restoreInfluencer')).toEqual([{ id: ava.id }])
})
