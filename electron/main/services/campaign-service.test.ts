import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

async function campaignWithThree() {
  const brand = await core.call('brands.create', {
    name: 'Glow Labs',
    website: 'https://glowlabs.example',
  })
  const campaign = await core.call('campaigns.create', {
    name: "Winter Glow '26",
    brandId: brand.id,
    budget: 1_500_000,
    currency: 'EUR',
    status: 'planned',
    startDate: '2026-12-01T00:00:00.000Z',
    endDate: '2027-01-31T00:00:00.000Z',
  })
  const people = []
  for (const [name, platform] of [
    ['Ava Stone', 'instagram'],
    ['Bo Chen', 'youtube'],
    ['Cy Diaz', 'tiktok'],
  ] as const) {
    const influencer = await core.call('influencers.create', {
      name,
      primaryPlatform: platform,
      followers: 50_000,
    })
    people.push({
      influencer,
      link: await core.call('campaigns.addInfluencer', {
        campaignId: campaign.id,
        influencerId: influencer.id,
      }),
    })
  }
  return { brand, campaign, people }
}

describe('campaigns', () => {
  it('adds three influencers, builds a UTM link, and budget figures follow offers and payments', async () => {
    const { campaign, people } = await campaignWithThree()
    const [ava, bo] = people as [(typeof people)[0], (typeof people)[0]]
    expect(people.map((p) => p.link.currency)).toEqual(['EUR', 'EUR', 'EUR'])

    const linked = await core.call('campaigns.buildUtm', {
      campaignInfluencerId: ava.link.id,
      landingPage: 'https://glowlabs.example/winter?ref=home',
    })
    expect(linked.utmUrl).toBe(
      'https://glowlabs.example/winter?ref=home&utm_source=instagram&utm_medium=influencer&utm_campaign=winter-glow-26&utm_content=ava-stone',
    )
    await expect(
      core.call('campaigns.buildUtm', {
        campaignInfluencerId: ava.link.id,
        landingPage: 'glowlabs',
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: '"glowlabs" is not a web address; it should start with https://',
    })

    const offer = await core.call('offers.create', {
      campaignId: campaign.id,
      influencerId: ava.influencer.id,
      price: 400_000,
    })
    expect(offer).toMatchObject({ status: 'pending', currency: 'EUR' })
    let row = (await core.call('campaigns.list', {}))[0]!
    expect(row.budget).toEqual({
      currency: 'EUR',
      budget: 1_500_000,
      committed: 0,
      paid: 0,
      remaining: 1_500_000,
    })

    await core.call('offers.setStatus', { id: offer.id, status: 'accepted' })
    row = (await core.call('campaigns.list', {}))[0]!
    expect(row.budget).toMatchObject({ committed: 400_000, paid: 0, remaining: 1_100_000 })
    const detail = await core.call('campaigns.get', { id: campaign.id })
    expect(detail.influencers.find((i) => i.id === ava.link.id)).toMatchObject({
      status: 'accepted',
      rate: 400_000,
    })

    const contract = await core.call('contracts.create', { offerId: offer.id })
    expect(contract.content).toMatchObject({ price: 400_000, currency: 'EUR' })
    const payment = await core.call('payments.record', {
      campaignId: campaign.id,
      influencerId: ava.influencer.id,
      contractId: contract.id,
      amount: 200_000,
      paymentMethod: 'bank_transfer',
    })
    await core.call('payments.setStatus', { id: payment.id, status: 'captured' })
    row = (await core.call('campaigns.list', {}))[0]!
    expect(row.budget).toMatchObject({ committed: 400_000, paid: 200_000, remaining: 1_100_000 })
    expect(row.influencerCount).toBe(3)

    // A deal attributed by UTM value counts toward the campaign's return.
    await core.call('opportunities.create', {
      name: 'Retail order',
      amount: 900_000,
      stage: 'closed_won',
      utmCampaign: 'winter-glow-26',
    })
    await core.call('opportunities.create', {
      name: 'Other',
      amount: 50_000,
      stage: 'closed_won',
      utmCampaign: 'spring',
    })
    expect(await core.call('opportunities.roi', { campaignId: campaign.id })).toMatchObject({
      attributedRevenue: 900_000,
      spend: 200_000,
      roi: 4.5,
      wonDeals: 1,
    })
    expect(bo.link.status).toBe('planned')
  })

  it('keeps one active offer per influencer and campaign, and follows the offer status machine', async () => {
    const { campaign, people } = await campaignWithThree()
    const influencerId = people[0]!.influencer.id
    const first = await core.call('offers.create', {
      campaignId: campaign.id,
      influencerId,
      price: 100_000,
    })
    await expect(
      core.call('offers.create', { campaignId: campaign.id, influencerId, price: 120_000 }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message:
        'This influencer already has an active offer for this campaign. Close, reject or withdraw it before making a new one.',
    })
    const countered = await core.call('offers.setStatus', {
      id: first.id,
      status: 'counter',
      counterPrice: 150_000,
    })
    expect(countered).toMatchObject({
      status: 'counter',
      price: 150_000,
      version: 2,
      counterBy: 'influencer',
    })
    await core.call('offers.setStatus', { id: first.id, status: 'rejected' })
    await expect(
      core.call('offers.setStatus', { id: first.id, status: 'accepted' }),
    ).rejects.toMatchObject({
      message: 'An offer that is rejected cannot become accepted.',
    })
    await expect(core.call('contracts.create', { offerId: first.id })).rejects.toMatchObject({
      code: 'conflict',
    })
    // Once rejected, a new offer may be made.
    await expect(
      core.call('offers.create', { campaignId: campaign.id, influencerId, price: 120_000 }),
    ).resolves.toMatchObject({ status: 'pending' })
  })

  it('makes financial documents with a provisional number and the sum of their lines', async () => {
    const { campaign } = await campaignWithThree()
    const invoice = await core.call('financialDocuments.create', {
      type: 'invoice',
      campaignId: campaign.id,
      lineItems: [
        { description: 'Reels', quantity: 3, unitPrice: 150_000 },
        { description: 'Story set', quantity: 1, unitPrice: 49_999 },
      ],
    })
    expect(invoice).toMatchObject({
      amount: 499_999,
      currency: 'EUR',
      numberProvisional: true,
      status: 'pending',
    })
    expect(invoice.documentNumber).toMatch(/^PROV-INVOICE-20261125-[0-9A-F]{6}$/)
    await core.call('financialDocuments.setStatus', { id: invoice.id, status: 'approved' })
    const paid = await core.call('financialDocuments.setStatus', { id: invoice.id, status: 'paid' })
    expect(paid.paidDate).toBe('2026-11-25T12:00:00.000Z')
    await expect(core.call('financialDocuments.create', { type: 'po' })).rejects.toMatchObject({
      code: 'invalid_input',
    })
  })

  it('plans deliverables and product seeding, and refuses a product twice', async () => {
    const { campaign, people } = await campaignWithThree()
    await core.call('deliverables.create', {
      campaignId: campaign.id,
      campaignInfluencerId: people[0]!.link.id,
      type: 'reel',
      count: 2,
      dueDate: '2026-12-10T00:00:00.000Z',
    })
    const product = await core.call('products.create', {
      name: 'Glow Serum',
      sku: 'GS-30',
      price: 3_900,
      currency: 'EUR',
    })
    await core.call('campaigns.addProduct', {
      campaignId: campaign.id,
      productId: product.id,
      quantity: 25,
      discountPercent: 100,
    })
    await expect(
      core.call('campaigns.addProduct', { campaignId: campaign.id, productId: product.id }),
    ).rejects.toMatchObject({ code: 'conflict' })
    const detail = await core.call('campaigns.get', { id: campaign.id })
    expect(detail.deliverables).toEqual([
      expect.objectContaining({ type: 'reel', count: 2, currency: 'EUR', status: 'pending' }),
    ])
    expect(detail.products).toEqual([
      expect.objectContaining({ productName: 'Glow Serum', quantity: 25 }),
    ])
    await expect(
      core.call('campaigns.addInfluencer', {
        campaignId: campaign.id,
        influencerId: people[0]!.influencer.id,
      }),
    ).rejects.toMatchObject({
      message: 'This influencer is already in the campaign.',
    })
  })
})

describe('contracts and deals', () => {
  it('moves a contract through signing and refuses skipping back; lists and edits deals', async () => {
    const { campaign, people } = await campaignWithThree()
    const influencerId = people[1]!.influencer.id
    const offer = await core.call('offers.create', {
      campaignId: campaign.id,
      influencerId,
      price: 80_000,
    })
    await core.call('offers.setStatus', { id: offer.id, status: 'accepted' })
    const contract = await core.call('contracts.create', {
      offerId: offer.id,
      content: { deliverables: '2 reels' },
    })
    expect(contract).toMatchObject({
      status: 'pending',
      content: { deliverables: '2 reels', price: 80_000 },
    })
    const signed = await core.call('contracts.setStatus', { id: contract.id, status: 'signed' })
    expect(signed.signedAt).toBe('2026-11-25T12:00:00.000Z')
    await core.call('contracts.setStatus', { id: contract.id, status: 'active' })
    await expect(
      core.call('contracts.setStatus', { id: contract.id, status: 'pending' }),
    ).rejects.toMatchObject({
      message: 'A contract that is active cannot become pending.',
    })

    const deal = await core.call('opportunities.create', {
      name: 'Store rollout',
      amount: 120_000,
      campaignId: campaign.id,
      influencerId,
    })
    await core.call('opportunities.update', { id: deal.id, patch: { stage: 'negotiation' } })
    expect(await core.call('opportunities.list', { campaignId: campaign.id })).toEqual([
      expect.objectContaining({ name: 'Store rollout', stage: 'negotiation', amount: 120_000 }),
    ])
    expect(await core.call('opportunities.roi', { campaignId: campaign.id })).toMatchObject({
      attributedRevenue: 0,
      roi: null,
    })
  })
})
