import { afterEach, beforeEach, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

it('keeps brands and their products, refuses duplicates, and undoes a delete', async () => {
  const glow = await core.call('brands.create', { name: 'Glow Labs', industry: 'Beauty' })
  await core.call('brands.create', { name: 'Acme Coffee' })
  await expect(core.call('brands.create', { name: 'Glow Labs' })).rejects.toMatchObject({
    code: 'conflict',
    message: 'A brand with this name already exists.',
  })
  expect((await core.call('brands.list', {})).map((b) => b.name)).toEqual([
    'Acme Coffee',
    'Glow Labs',
  ])

  const serum = await core.call('products.create', {
    brandId: glow.id,
    name: 'Serum',
    sku: 'S-1',
    price: 2_500,
    currency: 'USD',
  })
  await expect(
    core.call('products.create', { name: 'Other', sku: 'S-1', price: 1, currency: 'USD' }),
  ).rejects.toMatchObject({
    message: 'Another product already has this SKU.',
  })
  await expect(
    core.call('products.create', { name: 'Cheap', sku: 'C-1', price: 9.99, currency: 'USD' }),
  ).rejects.toMatchObject({
    fields: { price: 'An amount is a whole number of minor units (cents), not a fraction' },
  })
  await expect(
    core.call('products.create', { name: 'Bad', sku: 'B-1', price: 1, currency: 'usd' }),
  ).rejects.toMatchObject({ code: 'invalid_input' })
  expect(
    await core.call('products.update', { id: serum.id, patch: { price: 2_900 } }),
  ).toMatchObject({ price: 2_900, name: 'Serum' })
  expect((await core.call('products.list', { brandId: glow.id })).map((p) => p.sku)).toEqual([
    'S-1',
  ])

  await core.call('brands.delete', { id: glow.id })
  expect((await core.call('brands.list', {})).map((b) => b.name)).toEqual(['Acme Coffee'])
  await core.call('brands.restore', { id: glow.id })
  expect((await core.call('brands.list', {})).map((b) => b.name)).toEqual([
    'Acme Coffee',
    'Glow Labs',
  ])
  await expect(
    core.call('campaigns.create', { name: 'X', brandId: '01890000-0000-7000-8000-000000000000' }),
  ).rejects.toMatchObject({
    code: 'invalid_input',
    message:
      'campaigns.brand_id refers to a brands row that does not exist ("01890000-0000-7000-8000-000000000000").',
  })
})

it('summarises the workspace from what is live', async () => {
  const ava = await core.call('influencers.create', {
    name: 'Ava',
    primaryPlatform: 'instagram',
    followers: 1,
  })
  await core.call('interactions.log', {
    influencerId: ava.id,
    type: 'note',
    content: 'Met at VidCon',
  })
  await core.call('campaigns.create', { name: 'Winter' })
  const summary = await core.call('workspace.summary', {})
  expect(summary).toMatchObject({
    organization: { name: 'Test Agency' },
    counts: { influencers: 1, relationships: 1, interactions: 1, campaigns: 1, documents: 0 },
  })
  expect(summary.dataFile).toBe(core.dataFile)
})
