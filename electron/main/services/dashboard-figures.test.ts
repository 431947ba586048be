import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newId } from '#db/sqlite/ids'
import { startTestCore, testNow, type TestCore } from '../core/test-core.ts'
import { addAnotherAgency } from './dashboard-plain-sql.ts'

// The dashboard's channels on a few rows made through the channels, with every figure
// known in advance. dashboard-service.test.ts checks the demo agency against plain SQL.

describe('the dashboard on a small hand-made agency, with exact figures', () => {
  let core: TestCore
  beforeEach(() => {
    core = startTestCore()
  })
  afterEach(() => core.dispose())

  const person = (name: string) =>
    core.call('influencers.create', { name, primaryPlatform: 'instagram', followers: 10_000 })

  async function agency() {
    const [ava, bo, cy] = [
      await person('Ava Stone'),
      await person('Bo Chen'),
      await person('Cy Diaz'),
    ]
    const live = await core.call('campaigns.create', {
      name: 'Spring Launch',
      status: 'active',
      budget: 1_000_000,
      currency: 'USD',
    })
    const paused = await core.call('campaigns.create', {
      name: 'Euro Tour',
      status: 'paused',
      budget: 500_000,
      currency: 'EUR',
    })
    const draft = await core.call('campaigns.create', {
      name: 'Someday',
      status: 'draft',
      budget: 9_000_000,
      currency: 'USD',
    })
    return { ava, bo, cy, live, paused, draft }
  }

  it('counts cards per stage and follows moves and deletions', async () => {
    const { ava, bo, cy } = await agency()
    const stage = (n: number) => core.stageIds[n]!
    const card = async (influencerId: string) =>
      (await core.call('influencers.get', { id: influencerId })).relationship!.id
    await core.call('pipeline.move', { relationshipId: await card(bo.id), stageId: stage(1) })
    await core.call('pipeline.move', { relationshipId: await card(cy.id), stageId: stage(4) })
    const counts = async () => (await core.call('dashboard.funnel', {})).map((s) => s.count)
    expect(await counts()).toEqual([1, 1, 0, 0, 1, 0])
    const kinds = (await core.call('dashboard.funnel', {})).map((s) => s.kind)
    expect(kinds).toEqual(['open', 'open', 'open', 'open', 'won', 'lost'])
    await core.call('influencers.delete', { id: ava.id })
    expect(await counts()).toEqual([0, 1, 0, 0, 1, 0])
  })

  it('spend and the leaderboard move by exactly the offers and payments made', async () => {
    expect(await core.call('dashboard.spend', {})).toEqual({ campaigns: [], totals: [] })
    const { ava, bo, live, paused } = await agency()
    const spendOf = async (id: string) =>
      (await core.call('dashboard.spend', {})).campaigns.find((c) => c.id === id)!
    const earningsOf = async (id: string) =>
      (await core.call('dashboard.leaderboard', {})).rows.find((r) => r.influencerId === id)

    expect((await core.call('dashboard.spend', {})).campaigns.map((c) => c.name).sort()).toEqual([
      'Euro Tour',
      'Spring Launch',
    ])
    expect(await spendOf(live.id)).toMatchObject({
      budget: 1_000_000,
      committed: 0,
      paid: 0,
      offerCount: 0,
      attributedRevenue: 0,
      roi: null,
    })
    expect((await core.call('dashboard.leaderboard', {})).rows).toEqual([])

    const offer = await core.call('offers.create', {
      campaignId: live.id,
      influencerId: ava.id,
      price: 300_000,
    })
    await core.call('offers.create', { campaignId: live.id, influencerId: bo.id, price: 200_000 })
    expect(await spendOf(live.id)).toMatchObject({ committed: 0, offerCount: 0 })
    await core.call('offers.setStatus', { id: offer.id, status: 'accepted' })
    expect(await spendOf(live.id)).toMatchObject({ committed: 300_000, offerCount: 1 })

    const contract = await core.call('contracts.create', { offerId: offer.id })
    for (const status of ['signed', 'active', 'completed'] as const)
      await core.call('contracts.setStatus', { id: contract.id, status })
    expect(await earningsOf(ava.id)).toMatchObject({ completedCampaigns: 1, earnings: 0 })

    await core.call('payments.record', {
      campaignId: live.id,
      influencerId: ava.id,
      contractId: contract.id,
      amount: 120_000,
      status: 'captured',
    })
    const pending = await core.call('payments.record', {
      campaignId: live.id,
      influencerId: ava.id,
      amount: 50_000,
    })
    await core.call('payments.record', {
      campaignId: live.id,
      influencerId: bo.id,
      amount: 80_000,
      status: 'captured',
    })
    expect(await spendOf(live.id)).toMatchObject({ paid: 200_000 })
    expect(await earningsOf(ava.id)).toMatchObject({ earnings: 120_000 })

    await core.call('payments.setStatus', { id: pending.id, status: 'captured' })
    expect(await spendOf(live.id)).toMatchObject({ paid: 250_000 })
    let board = await core.call('dashboard.leaderboard', {})
    expect(board.rows.map((r) => [r.name, r.earnings, r.completedCampaigns])).toEqual([
      ['Ava Stone', 170_000, 1],
      ['Bo Chen', 80_000, 0],
    ])

    // Euros stay out of the dollar ranking and totals; they are offered as their own.
    await core.call('payments.record', {
      campaignId: paused.id,
      influencerId: bo.id,
      amount: 70_000,
      status: 'released',
    })
    board = await core.call('dashboard.leaderboard', {})
    expect(board.currencies).toEqual(['EUR', 'USD'])
    expect(await earningsOf(bo.id)).toMatchObject({ earnings: 80_000 })
    // Completed campaigns count whatever the currency; earnings only in the one asked for.
    const euros = await core.call('dashboard.leaderboard', { currency: 'EUR' })
    expect(euros.rows.map((r) => [r.name, r.earnings, r.completedCampaigns])).toEqual([
      ['Bo Chen', 70_000, 0],
      ['Ava Stone', 0, 1],
    ])
    expect((await core.call('dashboard.spend', {})).totals).toEqual([
      {
        currency: 'USD',
        campaigns: 1,
        budget: 1_000_000,
        committed: 300_000,
        paid: 250_000,
        offerCount: 1,
      },
      { currency: 'EUR', campaigns: 1, budget: 500_000, committed: 0, paid: 70_000, offerCount: 0 },
    ])

    // Won deals make revenue; ROI is revenue over what was paid.
    await core.call('opportunities.create', {
      name: 'Wholesale order',
      campaignId: live.id,
      amount: 1_000_000,
      stage: 'closed_won',
    })
    await core.call('opportunities.create', {
      name: 'Maybe later',
      campaignId: live.id,
      amount: 5_000_000,
      stage: 'proposal',
    })
    expect(await spendOf(live.id)).toMatchObject({ attributedRevenue: 1_000_000, roi: 4 })
  })

  it('averages engagement over the live stats history', async () => {
    const { ava, live } = await agency()
    await core.call('payments.record', {
      campaignId: live.id,
      influencerId: ava.id,
      amount: 10_000,
      status: 'captured',
    })
    const raw = new Database(core.dataFile)
    const stat = (rate: number, deletedAt: string | null) =>
      raw
        .prepare(
          `insert into influencer_stats_history (id, org_id, influencer_id, platform, engagement_rate, snapshot_at, deleted_at)
           values (?, ?, ?, 'instagram', ?, ?, ?)`,
        )
        .run(newId(), core.orgId, ava.id, rate, testNow, deletedAt)
    stat(2, null)
    stat(4.5, null)
    stat(90, testNow)
    raw.close()
    const [row] = (await core.call('dashboard.leaderboard', {})).rows
    expect(row).toMatchObject({ name: 'Ava Stone', earnings: 10_000, completedCampaigns: 0 })
    expect(row!.avgEngagement).toBeCloseTo(3.25, 9)
  })

  it('buckets interactions into exact weeks, edges included, offsets read, deletions left out', async () => {
    const { ava } = await agency()
    const log = async (
      type: 'call' | 'email' | 'meeting' | 'note' | 'dm',
      interactionDate: string,
    ) =>
      (await core.call('interactions.log', { influencerId: ava.id, type, interactionDate }))
        .interaction.id
    await log('note', '2026-11-08T23:59:59.999Z') // before the first week
    await log('call', '2026-11-09T00:00:00.000Z') // first instant of week 1
    await log('email', '2026-11-15T23:59:59.999Z') // last instant of week 1
    await log('email', '2026-11-16T00:00:00.000Z') // week 2
    await log('call', '2026-11-23T01:30:00+02:00') // 23:30 UTC on the 22nd: week 2
    const gone = await log('dm', '2026-11-24T10:00:00.000Z')
    await log('meeting', '2026-11-29T23:59:59.999Z') // last instant of week 3
    await log('dm', '2026-11-30T00:00:00.000Z') // after the last week
    await core.call('interactions.delete', { id: gone })

    const activity = await core.call('dashboard.activity', {
      weeks: 3,
      weekStart: '2026-11-23T00:00:00.000Z',
    })
    expect(activity.weeks.map((w) => w.start)).toEqual([
      '2026-11-09T00:00:00.000Z',
      '2026-11-16T00:00:00.000Z',
      '2026-11-23T00:00:00.000Z',
    ])
    const zero = { email: 0, call: 0, meeting: 0, note: 0, dm: 0, file_upload: 0 }
    expect(activity.weeks.map((w) => w.counts)).toEqual([
      { ...zero, call: 1, email: 1 },
      { ...zero, call: 1, email: 1 },
      { ...zero, meeting: 1 },
    ])
    expect(activity.weeks.map((w) => w.total)).toEqual([2, 2, 1])
    expect(activity.types).toEqual(['email', 'call', 'meeting', 'note', 'dm', 'file_upload'])

    await expect(
      core.call('dashboard.activity', { weeks: 105, weekStart: '2026-11-23T00:00:00.000Z' }),
    ).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('another agency in the same file changes no figure', async () => {
    const { ava, live } = await agency()
    await core.call('payments.record', {
      campaignId: live.id,
      influencerId: ava.id,
      amount: 10_000,
      status: 'captured',
    })
    await core.call('interactions.log', {
      influencerId: ava.id,
      type: 'call',
      interactionDate: '2026-11-24T10:00:00.000Z',
    })
    const figures = async () => ({
      funnel: await core.call('dashboard.funnel', {}),
      spend: await core.call('dashboard.spend', {}),
      board: await core.call('dashboard.leaderboard', {}),
      team: await core.call('dashboard.team', {}),
      activity: await core.call('dashboard.activity', {
        weeks: 2,
        weekStart: '2026-11-23T00:00:00.000Z',
      }),
    })
    const before = await figures()
    const raw = new Database(core.dataFile)
    addAnotherAgency(raw, {
      createdAt: new Date().toISOString(),
      contactAt: '2026-11-24T11:00:00.000Z',
    })
    raw.close()
    expect(await figures()).toEqual(before)
  })

  it('the team table counts each member’s cards, wins, campaigns and contacts', async () => {
    const { ava, bo } = await agency()
    const card = async (influencerId: string) =>
      (await core.call('influencers.get', { id: influencerId })).relationship!.id
    // Whoever is signed in logs the call and made the campaigns; they own both cards.
    const { interaction } = await core.call('interactions.log', {
      influencerId: ava.id,
      type: 'call',
    })
    const me = interaction.userId!
    const colleague = core.userIds.find((id) => id !== me)!
    await core.call('pipeline.updateRelationship', {
      id: await card(ava.id),
      patch: { ownerId: me },
    })
    await core.call('pipeline.updateRelationship', {
      id: await card(bo.id),
      patch: { ownerId: me },
    })
    await core.call('pipeline.move', {
      relationshipId: await card(bo.id),
      stageId: core.stageIds[4]!,
    })
    const team = await core.call('dashboard.team', {})
    expect(team.map((m) => m.name)).toEqual(['User 1', 'User 2'])
    expect(team.find((m) => m.userId === me)).toMatchObject({
      influencers: 2,
      partnered: 1,
      campaigns: 3,
      interactions: 1,
      lastActivity: testNow,
    })
    expect(team.find((m) => m.userId === colleague)).toMatchObject({
      influencers: 0,
      partnered: 0,
      campaigns: 0,
      interactions: 0,
      avgStrength: null,
      lastActivity: null,
    })
  })
})
