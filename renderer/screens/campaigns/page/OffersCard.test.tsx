import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { CrmError, type CampaignOfferRow } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../../test-utils.tsx'
import { campaignDetail, campaignId, influencerLink } from '../campaign-fixture.ts'
import { OffersCard } from './OffersCard.tsx'

afterEach(removeFakeCrm)

const ava = influencerLink('Ava Stone', 1)
const offer = (extra: Partial<CampaignOfferRow> = {}): CampaignOfferRow => ({
  id: '0190f5a2-0000-7000-8000-0000000003a1',
  campaignId,
  influencerId: ava.influencerId,
  influencerName: 'Ava Stone',
  price: 400_000,
  currency: 'EUR',
  status: 'pending',
  version: 1,
  counterBy: null,
  expiresAt: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  ...extra,
})

async function openStatusMenu() {
  fireEvent.click(screen.getByRole('button', { name: "Change the status of Ava Stone's offer" }))
  return screen.findByRole('menu')
}

it('offers only the moves the status machine allows, and shows a refusal from main in words', async () => {
  const refusal = 'An offer that is rejected cannot become accepted.'
  const crm = installFakeCrm({
    'offers.setStatus': () => {
      throw new CrmError('conflict', refusal)
    },
  })
  renderWithApp(<OffersCard campaign={campaignDetail({ influencers: [ava], offers: [offer()] })} />)
  const menu = await openStatusMenu()
  expect(
    within(menu)
      .getAllByRole('menuitem')
      .map((m) => m.textContent),
  ).toEqual(['Accept', 'Reject', 'Counter', 'Mark expired'])
  fireEvent.click(within(menu).getByRole('menuitem', { name: 'Accept' }))
  await waitFor(() =>
    expect(crm.callsTo('offers.setStatus')).toEqual([{ id: offer().id, status: 'accepted' }]),
  )
  expect(await screen.findByRole('alert')).toHaveTextContent(refusal)
})

it('records a counter-offer with its new price in minor units', async () => {
  const crm = installFakeCrm({ 'offers.setStatus': () => offer({ status: 'counter' }) })
  renderWithApp(<OffersCard campaign={campaignDetail({ influencers: [ava], offers: [offer()] })} />)
  const menu = await openStatusMenu()
  fireEvent.click(within(menu).getByRole('menuitem', { name: 'Counter' }))
  const dialog = await screen.findByRole('dialog', { name: 'Counter-offer for Ava Stone' })
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'New price' }), {
    target: { value: '4500.5' },
  })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Record counter-offer' }))
  await waitFor(() =>
    expect(crm.callsTo('offers.setStatus')).toEqual([
      { id: offer().id, status: 'counter', counterPrice: 450_050, counterBy: 'influencer' },
    ]),
  )
})

it('draws up a contract from an accepted offer, once; a closed offer has no moves left', async () => {
  const accepted = offer({ status: 'accepted' })
  const refusal = 'A contract can only be drawn up from an accepted offer.'
  const crm = installFakeCrm({
    'contracts.create': () => {
      throw new CrmError('conflict', refusal)
    },
  })
  const first = renderWithApp(
    <OffersCard campaign={campaignDetail({ influencers: [ava], offers: [accepted] })} />,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Draw up contract' }))
  await waitFor(() => expect(crm.callsTo('contracts.create')).toEqual([{ offerId: accepted.id }]))
  expect(await screen.findByRole('alert')).toHaveTextContent(refusal)
  first.unmount()

  const contract = {
    id: '0190f5a2-0000-7000-8000-0000000004a1',
    campaignId,
    offerId: accepted.id,
    influencerId: ava.influencerId,
    influencerName: 'Ava Stone',
    documentId: null,
    status: 'pending' as const,
    content: { price: 400_000, currency: 'EUR' },
    signedAt: null,
  }
  const second = renderWithApp(
    <OffersCard
      campaign={campaignDetail({ influencers: [ava], offers: [accepted], contracts: [contract] })}
    />,
  )
  expect(screen.queryByRole('button', { name: 'Draw up contract' })).not.toBeInTheDocument()
  expect(
    within(await openStatusMenu())
      .getAllByRole('menuitem')
      .map((m) => m.textContent),
  ).toEqual(['Mark completed'])
  second.unmount()

  renderWithApp(
    <OffersCard
      campaign={campaignDetail({ influencers: [ava], offers: [offer({ status: 'rejected' })] })}
    />,
  )
  expect(screen.getByRole('row', { name: /Ava Stone/ })).toHaveTextContent('Rejected')
  expect(screen.queryByRole('button', { name: /Change the status/ })).not.toBeInTheDocument()
})
