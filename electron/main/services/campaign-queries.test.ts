import { afterEach, beforeEach, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

it("names each deal's influencer on the campaign page, also after they left the campaign", async () => {
  const brand = await core.call('brands.create', {
    name: 'Glow Labs',
    website: 'https://glowlabs.example',
  })
  const campaign = await core.call('campaigns.create', {
    name: 'Winter',
    brandId: brand.id,
    budget: 500_000,
  })
  const ava = await core.call('influencers.create', {
    name: 'Ava Stone',
    primaryPlatform: 'instagram',
    followers: 1,
  })
  const link = await core.call('campaigns.addInfluencer', {
    campaignId: campaign.id,
    influencerId: ava.id,
  })
  const offer = await core.call('offers.create', {
    campaignId: campaign.id,
    influencerId: ava.id,
    price: 120_000,
  })
  await core.call('offers.setStatus', { id: offer.id, status: 'accepted' })
  const contract = await core.call('contracts.create', { offerId: offer.id })
  await core.call('payments.record', {
    campaignId: campaign.id,
    influencerId: ava.id,
    contractId: contract.id,
    amount: 60_000,
    status: 'captured',
  })
  await core.call('campaigns.removeInfluencer', { id: link.id })

  const detail = await core.call('campaigns.get', { id: campaign.id })
  expect(detail).toMatchObject({
    brandName: 'Glow Labs',
    brandWebsite: 'https://glowlabs.example',
    influencerCount: 0,
    budget: { budget: 500_000, committed: 120_000, paid: 60_000, remaining: 380_000 },
  })
  expect(detail.offers).toEqual([
    expect.objectContaining({ influencerName: 'Ava Stone', price: 120_000, status: 'accepted' }),
  ])
  expect(detail.contracts).toEqual([
    expect.objectContaining({ influencerName: 'Ava Stone', offerId: offer.id }),
  ])
  expect(detail.payments).toEqual([
    expect.objectContaining({ influencerName: 'Ava Stone', amount: 60_000 }),
  ])
})

it('finds campaigns by their name or their brand, and takes % and _ literally', async () => {
  const glow = await core.call('brands.create', { name: 'Glow Labs' })
  await core.call('campaigns.create', { name: 'Winter', brandId: glow.id })
  await core.call('campaigns.create', { name: '50% off week' })
  await core.call('campaigns.create', { name: 'Spring', status: 'active' })
  const names = async (input: { search?: string; status?: ('active' | 'draft')[] }) =>
    (await core.call('campaigns.list', input)).map((row) => row.name)

  expect(await names({ search: 'glow' })).toEqual(['Winter'])
  expect(await names({ search: '%' })).toEqual(['50% off week'])
  expect(await names({ search: '_' })).toEqual([])
  expect(await names({ status: ['active'] })).toEqual(['Spring'])
})

it('refuses a campaign that ends before it starts, in words, on create and on edit', async () => {
  await expect(
    core.call('campaigns.create', {
      name: 'Backwards',
      startDate: '2026-12-10T00:00:00.000Z',
      endDate: '2026-12-01T00:00:00.000Z',
    }),
  ).rejects.toMatchObject({
    code: 'invalid_input',
    message: 'The campaign cannot end before it starts.',
    fields: { endDate: 'The end date is before the start date' },
  })
  const campaign = await core.call('campaigns.create', {
    name: 'Forwards',
    startDate: '2026-12-01T00:00:00.000Z',
    endDate: '2026-12-31T00:00:00.000Z',
  })
  await expect(
    core.call('campaigns.update', {
      id: campaign.id,
      patch: { startDate: '2027-01-15T00:00:00.000Z' },
    }),
  ).rejects.toMatchObject({ message: 'The campaign cannot end before it starts.' })
  expect(
    await core.call('campaigns.update', { id: campaign.id, patch: { status: 'active' } }),
  ).toMatchObject({ status: 'active', startDate: '2026-12-01T00:00:00.000Z' })
})
