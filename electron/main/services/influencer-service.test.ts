import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

const make = (name: string, extra: Record<string, unknown> = {}) =>
  core.call('influencers.create', {
    name,
    primaryPlatform: 'instagram',
    followers: 10_000,
    ...extra,
  })

describe('influencers', () => {
  it('creates, reads back with its card, updates one field and keeps the others', async () => {
    const ava = await make('Ava Stone', {
      email: 'ava@example.com',
      nicheTags: ['beauty'],
      bio: 'Skincare routines',
    })
    await core.call('influencers.update', { id: ava.id, patch: { followers: 12_500 } })
    const detail = await core.call('influencers.get', { id: ava.id })
    expect(detail).toMatchObject({
      name: 'Ava Stone',
      email: 'ava@example.com',
      followers: 12_500,
      bio: 'Skincare routines',
      nicheTags: ['beauty'],
    })
    expect(detail.relationship).toMatchObject({
      stageId: core.stageIds[0],
      priority: 0,
      relationshipStrength: 0,
    })
  })

  it('deletes as a tombstone that disappears from lists, and restores with its card', async () => {
    const ava = await make('Ava Stone')
    await make('Bo Chen')
    await core.call('influencers.delete', { id: ava.id })
    expect((await core.call('influencers.list', {})).rows.map((r) => r.name)).toEqual(['Bo Chen'])
    const board = await core.call('pipeline.board', {})
    expect(board.columns[0]!.count).toBe(1)
    await core.call('influencers.restore', { id: ava.id })
    expect((await core.call('influencers.list', {})).total).toBe(2)
    expect((await core.call('pipeline.board', {})).columns[0]!.count).toBe(2)
  })

  it('filters by platform, follower and engagement range, country, niche, tags, stage and owner', async () => {
    const a = await make('Ava', {
      followers: 5_000,
      engagementRate: 6.5,
      country: 'US',
      nicheTags: ['beauty'],
    })
    const b = await make('Bo', {
      primaryPlatform: 'youtube',
      followers: 250_000,
      engagementRate: 2,
      country: 'GB',
      nicheTags: ['tech'],
    })
    await make('Cy', {
      primaryPlatform: 'tiktok',
      followers: 1_000_000,
      engagementRate: 9,
      country: 'US',
      nicheTags: ['beauty', 'fashion'],
    })
    await core.call('influencers.addAccount', {
      influencerId: a.id,
      platform: 'youtube',
      handle: '@avatube',
    })
    const rel = (await core.call('influencers.get', { id: b.id })).relationship!
    await core.call('pipeline.updateRelationship', {
      id: rel.id,
      patch: { tags: ['vip'], ownerId: core.userIds[1] },
    })
    await core.call('pipeline.move', { relationshipId: rel.id, stageId: core.stageIds[2]! })

    const names = async (filters: Record<string, unknown>) =>
      (await core.call('influencers.list', { filters })).rows.map((r) => r.name)
    expect(await names({ platforms: ['youtube'] })).toEqual(['Ava', 'Bo']) // Ava through her account
    expect(await names({ followersMin: 100_000, followersMax: 500_000 })).toEqual(['Bo'])
    expect(await names({ engagementMin: 6 })).toEqual(['Ava', 'Cy'])
    expect(await names({ countries: ['US'] })).toEqual(['Ava', 'Cy'])
    expect(await names({ niches: ['beauty'] })).toEqual(['Ava', 'Cy'])
    expect(await names({ tags: ['vip'] })).toEqual(['Bo'])
    expect(await names({ stageIds: [core.stageIds[2]!] })).toEqual(['Bo'])
    expect(await names({ ownerIds: [core.userIds[1]!] })).toEqual(['Bo'])
    expect(await names({ niches: ['beauty'], followersMin: 100_000 })).toEqual(['Cy'])
  })

  it('finds influencers by words of their name, handle, bio and niche, as prefixes', async () => {
    const a = await make('Amélie Laurent', { bio: 'Vegan recipes from Lyon', nicheTags: ['food'] })
    await make('Bo Chen', { bio: 'Gadget reviews' })
    await core.call('influencers.addAccount', {
      influencerId: a.id,
      platform: 'tiktok',
      handle: 'cookwithamelie',
    })
    const search = async (text: string) =>
      (await core.call('influencers.list', { search: text })).rows.map((r) => r.name)
    expect(await search('amelie')).toEqual(['Amélie Laurent']) // accents folded
    expect(await search('cookwith')).toEqual(['Amélie Laurent']) // handle prefix
    expect(await search('vegan lyon')).toEqual(['Amélie Laurent'])
    expect(await search('gadg')).toEqual(['Bo Chen'])
    expect(await search('"; drop table influencers; --')).toEqual([])
  })

  it('refuses a duplicate email or handle with a sentence and changes nothing', async () => {
    const ava = await make('Ava', { email: 'ava@example.com' })
    await core.call('influencers.addAccount', {
      influencerId: ava.id,
      platform: 'instagram',
      handle: 'ava',
    })
    await expect(make('Ava Two', { email: 'ava@example.com' })).rejects.toMatchObject({
      code: 'conflict',
      message: 'Another influencer already has this email address.',
    })
    const bo = await make('Bo')
    await expect(
      core.call('influencers.addAccount', {
        influencerId: bo.id,
        platform: 'instagram',
        handle: '@ava',
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'Another influencer already has this handle on this platform.',
    })
    expect((await core.call('influencers.list', {})).total).toBe(2)
  })

  it('reads stats history in time order', async () => {
    const ava = await make('Ava')
    expect(await core.call('influencers.statsSince', { influencerId: ava.id })).toEqual([])
    await expect(
      core.call('influencers.get', { id: '01890000-0000-7000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'not_found' })
  })
})
