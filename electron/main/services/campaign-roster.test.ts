import { afterEach, beforeEach, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

async function campaignAndPeople(names: string[]) {
  const campaign = await core.call('campaigns.create', { name: 'Spring Drop', currency: 'GBP' })
  const people = []
  for (const name of names) {
    people.push(
      await core.call('influencers.create', { name, primaryPlatform: 'tiktok', followers: 10 }),
    )
  }
  return { campaign, people }
}

it('adds several influencers at once and leaves someone already there as they were', async () => {
  const { campaign, people } = await campaignAndPeople(['Ava', 'Bo', 'Cy'])
  const [ava, bo, cy] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]]
  const first = await core.call('campaigns.addInfluencer', {
    campaignId: campaign.id,
    influencerId: ava.id,
    status: 'invited',
  })
  const added = await core.call('campaigns.addInfluencers', {
    campaignId: campaign.id,
    influencerIds: [ava.id, bo.id, cy.id, bo.id],
  })
  expect(added.map((row) => [row.influencerName, row.status, row.currency])).toEqual([
    ['Ava', 'invited', 'GBP'],
    ['Bo', 'planned', 'GBP'],
    ['Cy', 'planned', 'GBP'],
  ])
  expect(added[0]!.id).toBe(first.id)
  expect((await core.call('campaigns.get', { id: campaign.id })).influencerCount).toBe(3)
  await expect(
    core.call('campaigns.addInfluencers', { campaignId: campaign.id, influencerIds: [] }),
  ).rejects.toMatchObject({ code: 'invalid_input' })
})

it('undoes a removal with link and status intact, and a re-add starts over as planned', async () => {
  const { campaign, people } = await campaignAndPeople(['Ava'])
  const link = await core.call('campaigns.addInfluencer', {
    campaignId: campaign.id,
    influencerId: people[0]!.id,
  })
  await core.call('campaigns.updateInfluencer', { id: link.id, patch: { status: 'contracted' } })
  await core.call('campaigns.buildUtm', {
    campaignInfluencerId: link.id,
    landingPage: 'https://shop.example/spring',
  })

  await core.call('campaigns.removeInfluencer', { id: link.id })
  expect((await core.call('campaigns.get', { id: campaign.id })).influencers).toEqual([])
  const back = await core.call('campaigns.restoreInfluencer', { id: link.id })
  expect(back).toMatchObject({
    id: link.id,
    status: 'contracted',
    utmUrl:
      'https://shop.example/spring?utm_source=tiktok&utm_medium=influencer&utm_campaign=spring-drop&utm_content=ava',
  })

  await core.call('campaigns.removeInfluencer', { id: link.id })
  const again = await core.call('campaigns.addInfluencer', {
    campaignId: campaign.id,
    influencerId: people[0]!.id,
  })
  expect(again).toMatchObject({ id: link.id, status: 'planned' })
  await expect(
    core.call('campaigns.addInfluencer', { campaignId: campaign.id, influencerId: people[0]!.id }),
  ).rejects.toMatchObject({
    code: 'conflict',
    message: 'This influencer is already in the campaign.',
  })
})

it('removes a seeded product, brings it back, and re-adds it with a new quantity', async () => {
  const { campaign } = await campaignAndPeople([])
  const product = await core.call('products.create', {
    name: 'Glow Serum',
    sku: 'GS-30',
    price: 3_900,
    currency: 'GBP',
  })
  const added = await core.call('campaigns.addProduct', {
    campaignId: campaign.id,
    productId: product.id,
    quantity: 10,
  })
  await core.call('campaigns.removeProduct', { id: added.id })
  expect((await core.call('campaigns.get', { id: campaign.id })).products).toEqual([])
  expect(await core.call('campaigns.restoreProduct', { id: added.id })).toMatchObject({
    productName: 'Glow Serum',
    quantity: 10,
  })
  await core.call('campaigns.removeProduct', { id: added.id })
  await core.call('campaigns.addProduct', {
    campaignId: campaign.id,
    productId: product.id,
    quantity: 4,
  })
  expect((await core.call('campaigns.get', { id: campaign.id })).products).toEqual([
    expect.objectContaining({ id: added.id, quantity: 4 }),
  ])
  await expect(
    core.call('campaigns.addProduct', { campaignId: campaign.id, productId: product.id }),
  ).rejects.toMatchObject({ code: 'conflict', message: 'This product is already in the campaign.' })
})
