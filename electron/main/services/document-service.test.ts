import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Input } from '#shared/contract/index'
import { startDemoCore, type DemoCore } from './demo-test-core.ts'

let core: DemoCore
beforeAll(() => {
  core = startDemoCore()
})
afterAll(() => core.dispose())

const documents = (input: Input<'documents.list'> = {}) => core.call('documents.list', input)

describe('documents.list', () => {
  it("lists the organization's documents, most recently changed first, with their campaign", async () => {
    const rows = await documents()
    expect(rows.length).toBeGreaterThan(4)
    expect(rows.map((r) => r.id)).not.toContain(core.rival.documentId)
    const updated = rows.map((r) => r.updatedAt)
    expect(updated).toEqual([...updated].sort().reverse())
    const campaigns = new Map(
      (await core.call('campaigns.list', {})).map((c) => [c.id, c.name] as const),
    )
    for (const row of rows) {
      expect(row.campaignName).toBe(row.campaignId ? campaigns.get(row.campaignId) : null)
    }
    const [brief] = await documents({ kind: 'brief', limit: 1 })
    expect(brief).toMatchObject({
      kind: 'brief',
      influencerId: null,
      title: `${brief!.campaignName}: brief`,
    })
    expect(['draft', 'approved']).toContain(brief!.status)
  })

  it('narrows by influencer, campaign, kind and words', async () => {
    const [contract] = await documents({ kind: 'contract', limit: 1 })
    const { influencerId, campaignId } = contract!
    const ofInfluencer = await documents({ influencerId: influencerId! })
    expect(ofInfluencer.length).toBeGreaterThan(0)
    expect(ofInfluencer.every((d) => d.influencerId === influencerId)).toBe(true)
    expect(ofInfluencer.map((d) => d.id)).toContain(contract!.id)

    const ofCampaign = await documents({ campaignId: campaignId! })
    expect(ofCampaign.every((d) => d.campaignId === campaignId)).toBe(true)
    expect(ofCampaign.map((d) => d.kind)).toEqual(expect.arrayContaining(['brief', 'contract']))

    const found = await documents({ search: contract!.title.split(': ')[1]!.toUpperCase() })
    expect(found.map((d) => d.id)).toContain(contract!.id)
    expect(await documents({ search: 'zzz-no-such-words' })).toEqual([])
    expect(await documents({ limit: 2 })).toHaveLength(2)
  })

  it("never shows another organization's document, even asked for its campaign or title", async () => {
    expect(await documents({ campaignId: core.rival.campaignId })).toEqual([])
    expect(await documents({ influencerId: core.rival.influencerId })).toEqual([])
    expect(await documents({ search: 'Rival agreement' })).toEqual([])
  })

  it("leaves out deleted documents and colleagues' private ones", async () => {
    const [a, b, c] = await documents({ kind: 'brief', limit: 3 })
    const me = core.sql.prepare('select id from users order by created_at, id limit 1').get() as {
      id: string
    }
    const colleague = core.sql
      .prepare('select id from users where id <> ? order by created_at, id limit 1')
      .get(me.id) as { id: string }
    const set = (query: string, ...params: string[]) => core.sql.prepare(query).run(...params)
    set('update documents set deleted_at = updated_at where id = ?', a!.id)
    set(
      "update documents set visibility = 'private', owner_id = ? where id = ?",
      colleague.id,
      b!.id,
    )
    set("update documents set visibility = 'private', owner_id = ? where id = ?", me.id, c!.id)
    const ids = (await documents({ kind: 'brief' })).map((d) => d.id)
    expect(ids).not.toContain(a!.id)
    expect(ids).not.toContain(b!.id)
    expect(ids).toContain(c!.id)
  })
})
