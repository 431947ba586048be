import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newId } from '#db/sqlite/ids'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
let read: Database.Database
beforeEach(() => {
  core = startTestCore()
  read = new Database(core.dataFile, { readonly: true })
})
afterEach(() => {
  read.close()
  core.dispose()
})

const one = <T>(query: string, ...params: unknown[]) => read.prepare(query).get(...params) as T
const outboxFor = (table: string) =>
  one<{ n: number }>('select count(*) n from outbox where table_name = ?', table).n
const outboxTotal = () => one<{ n: number }>('select count(*) n from outbox').n

async function person(name: string, addToPipeline = true) {
  return core.call('influencers.create', {
    name,
    primaryPlatform: 'instagram',
    followers: 10_000,
    addToPipeline,
  })
}

async function campaign(name = 'Summer Glow') {
  return core.call('campaigns.create', { name, currency: 'EUR' })
}

const column = async (n: number) =>
  (await core.call('pipeline.board', {})).columns[n]!.cards.map((c) => c.name)

const relationship = async (id: string) => (await core.call('influencers.get', { id })).relationship

describe('influencers.bulk', () => {
  it('adds influencers to a campaign, skipping the one already in it', async () => {
    const [ava, bo, cy] = [await person('Ava'), await person('Bo'), await person('Cy')]
    const glow = await campaign()
    await core.call('campaigns.addInfluencer', { campaignId: glow.id, influencerId: bo.id })
    const outboxBefore = outboxFor('campaign_influencers')

    const result = await core.call('influencers.bulk', {
      ids: [ava.id, bo.id, cy.id],
      action: { kind: 'addToCampaign', campaignId: glow.id },
    })

    expect(result).toEqual({ changed: 2, skipped: 1 })
    const detail = await core.call('campaigns.get', { id: glow.id })
    expect(detail.influencers.map((l) => l.influencerName).sort()).toEqual(['Ava', 'Bo', 'Cy'])
    expect(detail.influencers.every((l) => l.currency === 'EUR')).toBe(true)
    // Each new link is an outbox entry, so it syncs like a single add would.
    expect(outboxFor('campaign_influencers')).toBe(outboxBefore + 2)
  })

  it('brings back an influencer who was removed from the campaign instead of failing', async () => {
    const ava = await person('Ava')
    const glow = await campaign()
    const link = await core.call('campaigns.addInfluencer', {
      campaignId: glow.id,
      influencerId: ava.id,
    })
    await core.call('campaigns.updateInfluencer', { id: link.id, patch: { status: 'declined' } })
    await core.call('campaigns.removeInfluencer', { id: link.id })
    expect((await core.call('campaigns.get', { id: glow.id })).influencers).toEqual([])

    const result = await core.call('influencers.bulk', {
      ids: [ava.id],
      action: { kind: 'addToCampaign', campaignId: glow.id },
    })

    expect(result).toEqual({ changed: 1, skipped: 0 })
    const links = (await core.call('campaigns.get', { id: glow.id })).influencers
    expect(links.map((l) => [l.id, l.status])).toEqual([[link.id, 'planned']])
  })

  it('moves cards to the bottom of a stage in the given order, creating a card where there was none', async () => {
    const warm = core.stageIds[2]!
    const [ava, bo, cy] = [await person('Ava'), await person('Bo'), await person('Cy')]
    const dee = await person('Dee', false)
    expect(await relationship(dee.id)).toBeNull()
    // Already in Warm: stays where it is.
    await core.call('pipeline.move', {
      relationshipId: (await relationship(bo.id))!.id,
      stageId: warm,
    })
    const outboxBefore = outboxFor('influencer_relationships')

    const result = await core.call('influencers.bulk', {
      ids: [cy.id, bo.id, dee.id, ava.id],
      action: { kind: 'moveStage', stageId: warm },
    })

    expect(result).toEqual({ changed: 3, skipped: 1 })
    expect(await column(2)).toEqual(['Bo', 'Cy', 'Dee', 'Ava'])
    expect(await column(0)).toEqual([])
    expect((await relationship(dee.id))?.stageId).toBe(warm)
    // Two moves and one new card: three outbox entries.
    expect(outboxFor('influencer_relationships')).toBe(outboxBefore + 3)
  })

  it("adds a tag to each card once, keeping the cards' other tags", async () => {
    const [ava, bo] = [await person('Ava'), await person('Bo')]
    const off = await person('Off Board', false)
    const boCard = (await relationship(bo.id))!
    await core.call('pipeline.updateRelationship', {
      id: boCard.id,
      patch: { tags: ['beauty', 'vip'] },
    })
    const outboxBefore = outboxFor('influencer_relationships')

    const result = await core.call('influencers.bulk', {
      ids: [ava.id, bo.id, off.id, ava.id],
      action: { kind: 'tag', tag: '  vip ' },
    })

    // Bo had it already; Off Board has no card and is not put on the board by a tag.
    expect(result).toEqual({ changed: 1, skipped: 2 })
    expect((await relationship(ava.id))?.tags).toEqual(['vip'])
    expect((await relationship(bo.id))?.tags).toEqual(['beauty', 'vip'])
    expect(await relationship(off.id)).toBeNull()
    expect(outboxFor('influencer_relationships')).toBe(outboxBefore + 1)

    const tagged = await core.call('influencers.list', { filters: { tags: ['vip'] } })
    expect(tagged.rows.map((row) => row.name)).toEqual(['Ava', 'Bo'])
  })

  it('refuses an unknown, deleted or other workspace influencer, changing nothing', async () => {
    const [ava, bo] = [await person('Ava'), await person('Bo')]
    const gone = await person('Gone')
    await core.call('influencers.delete', { id: gone.id })
    const foreign = insertForeignInfluencer()
    const glow = await campaign()
    const warm = core.stageIds[2]!
    const outboxBefore = outboxTotal()

    for (const stranger of [newId(), gone.id, foreign]) {
      for (const action of [
        { kind: 'addToCampaign', campaignId: glow.id } as const,
        { kind: 'moveStage', stageId: warm } as const,
        { kind: 'tag', tag: 'vip' } as const,
      ]) {
        await expect(
          core.call('influencers.bulk', { ids: [ava.id, stranger, bo.id], action }),
        ).rejects.toMatchObject({
          code: 'not_found',
          message:
            '1 of the 3 selected influencers no longer exists (deleted, or not in this workspace). Nothing was changed; reload the list and try again.',
        })
      }
    }

    expect(outboxTotal()).toBe(outboxBefore)
    expect((await core.call('campaigns.get', { id: glow.id })).influencers).toEqual([])
    expect(await column(0)).toEqual(['Bo', 'Ava'])
    expect((await relationship(ava.id))?.tags).toEqual([])
  })

  it('refuses a campaign or stage that does not exist, changing nothing', async () => {
    const ava = await person('Ava')
    const outboxBefore = outboxTotal()
    await expect(
      core.call('influencers.bulk', {
        ids: [ava.id],
        action: { kind: 'addToCampaign', campaignId: newId() },
      }),
    ).rejects.toMatchObject({
      code: 'not_found',
      message: 'That campaign no longer exists; it may have been deleted.',
    })
    await expect(
      core.call('influencers.bulk', {
        ids: [ava.id],
        action: { kind: 'moveStage', stageId: newId() },
      }),
    ).rejects.toMatchObject({
      code: 'not_found',
      message: 'That stage no longer exists; it may have been deleted.',
    })
    expect(outboxTotal()).toBe(outboxBefore)
  })

  it('refuses an empty selection, more than 1,000 influencers and an empty tag', async () => {
    const ava = await person('Ava')
    await expect(
      core.call('influencers.bulk', { ids: [], action: { kind: 'tag', tag: 'vip' } }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      fields: { ids: 'Select at least one influencer' },
    })
    const many = Array.from({ length: 1001 }, () => newId())
    await expect(
      core.call('influencers.bulk', { ids: many, action: { kind: 'tag', tag: 'vip' } }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      fields: { ids: 'Select at most 1,000 influencers at a time' },
    })
    await expect(
      core.call('influencers.bulk', { ids: [ava.id], action: { kind: 'tag', tag: '   ' } }),
    ).rejects.toMatchObject({ code: 'invalid_input', fields: { 'action.tag': 'Type a tag' } })
  })
})

/** Another agency's influencer in the same file, as a replica could never hold but a bad call could name. */
function insertForeignInfluencer(): string {
  const write = new Database(core.dataFile)
  try {
    const orgId = newId()
    const id = newId()
    write
      .prepare('insert into organizations (id, name, slug) values (?, ?, ?)')
      .run(orgId, 'Other Agency', 'other-agency')
    write
      .prepare('insert into influencers (id, org_id, name, followers) values (?, ?, ?, ?)')
      .run(id, orgId, 'Their Star', 5)
    return id
  } finally {
    write.close()
  }
}
