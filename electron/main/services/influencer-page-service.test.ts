import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Output } from '#shared/contract/index'
import { testNow } from '../core/test-core.ts'
import { startDemoCore, type DemoCore } from './demo-test-core.ts'

let core: DemoCore
beforeAll(() => {
  core = startDemoCore()
})
afterAll(() => core.dispose())

/** A demo influencer under contract: one who is certainly in a campaign. */
async function contracted() {
  const [doc] = await core.call('documents.list', { kind: 'contract', limit: 1 })
  if (!doc?.influencerId || !doc.campaignId) throw new Error('The demo has no contract document')
  return { influencerId: doc.influencerId, campaignId: doc.campaignId }
}

describe('influencers.campaigns', () => {
  it('lists every campaign the influencer is in, with their status, rate and currency there', async () => {
    const { influencerId, campaignId } = await contracted()
    const expected: Output<'influencers.campaigns'> = []
    for (const { id } of await core.call('campaigns.list', {})) {
      const campaign = await core.call('campaigns.get', { id })
      const link = campaign.influencers.find((p) => p.influencerId === influencerId)
      if (link)
        expected.push({
          campaignInfluencerId: link.id,
          campaignId: campaign.id,
          campaignName: campaign.name,
          brandName: campaign.brandName,
          campaignStatus: campaign.status,
          startDate: campaign.startDate,
          endDate: campaign.endDate,
          status: link.status,
          rate: link.rate,
          currency: link.currency,
        })
    }
    const rows = await core.call('influencers.campaigns', { influencerId })
    expect(rows.map((r) => r.campaignId)).toContain(campaignId)
    const byId = (a: { campaignId: string }, b: { campaignId: string }) =>
      a.campaignId.localeCompare(b.campaignId)
    expect([...rows].sort(byId)).toEqual(expected.sort(byId))
    // Newest campaign first.
    const starts = rows.map((r) => r.startDate ?? '9999')
    expect(starts).toEqual([...starts].sort().reverse())
  })

  it('drops a campaign the influencer was removed from, and shows it again on undo', async () => {
    const { influencerId, campaignId } = await contracted()
    const link = (await core.call('influencers.campaigns', { influencerId })).find(
      (r) => r.campaignId === campaignId,
    )!
    await core.call('campaigns.removeInfluencer', { id: link.campaignInfluencerId })
    expect(
      (await core.call('influencers.campaigns', { influencerId })).map((r) => r.campaignId),
    ).not.toContain(campaignId)
    await core.call('campaigns.restoreInfluencer', { id: link.campaignInfluencerId })
    expect(await core.call('influencers.campaigns', { influencerId })).toContainEqual(link)
  })

  it("refuses another organization's influencer and a deleted one", async () => {
    await expect(
      core.call('influencers.campaigns', { influencerId: core.rival.influencerId }),
    ).rejects.toMatchObject({ code: 'not_found' })
    const ava = await core.call('influencers.create', {
      name: 'Ava Page',
      primaryPlatform: 'instagram',
      followers: 10,
    })
    expect(await core.call('influencers.campaigns', { influencerId: ava.id })).toEqual([])
    await core.call('influencers.delete', { id: ava.id })
    await expect(
      core.call('influencers.campaigns', { influencerId: ava.id }),
    ).rejects.toMatchObject({ code: 'not_found' })
  })
})

describe('interactions.restore', () => {
  it('brings a deleted interaction back to the timeline, and last contact with it', async () => {
    const { influencerId } = await contracted()
    const before = (await core.call('influencers.get', { id: influencerId })).relationship!
    // The demo's latest contact is before its clock, so this call is the newest.
    expect(before.lastContactedAt! < testNow).toBe(true)
    const { interaction, relationship } = await core.call('interactions.log', {
      influencerId,
      type: 'call',
      subject: 'Rates for spring',
      interactionDate: testNow,
    })
    expect(relationship?.lastContactedAt).toBe(testNow)

    await core.call('interactions.delete', { id: interaction.id })
    let rel = (await core.call('influencers.get', { id: influencerId })).relationship!
    expect(rel.lastContactedAt).toBe(before.lastContactedAt)
    expect(rel.relationshipStrength).toBe(before.relationshipStrength)

    await core.call('interactions.restore', { id: interaction.id })
    rel = (await core.call('influencers.get', { id: influencerId })).relationship!
    expect(rel.lastContactedAt).toBe(testNow)
    expect(rel.relationshipStrength).toBe(relationship!.relationshipStrength)
    const [top] = await core.call('interactions.timeline', { influencerId, limit: 1 })
    expect(top).toMatchObject({ id: interaction.id, subject: 'Rates for spring', type: 'call' })
  })

  it("does not touch another organization's interaction", async () => {
    await expect(
      core.call('interactions.restore', { id: core.rival.interactionId }),
    ).rejects.toMatchObject({ code: 'not_found' })
    const row = core.sql
      .prepare('select deleted_at as deletedAt from interactions where id = ?')
      .get(core.rival.interactionId) as { deletedAt: string | null }
    expect(row.deletedAt).not.toBeNull()
  })
})

describe('influencers.restoreAccount', () => {
  it('brings a removed account back', async () => {
    const { influencerId } = await contracted()
    const account = await core.call('influencers.addAccount', {
      influencerId,
      platform: 'twitch',
      handle: '@pagetest',
    })
    await core.call('influencers.removeAccount', { id: account.id })
    const handles = async () =>
      (await core.call('influencers.get', { id: influencerId })).accounts.map((a) => a.handle)
    expect(await handles()).not.toContain('pagetest')
    await core.call('influencers.restoreAccount', { id: account.id })
    expect(await handles()).toContain('pagetest')
  })
})
