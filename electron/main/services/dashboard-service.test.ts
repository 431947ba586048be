import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel, Input, Output } from '#shared/contract/index'
import { sourceMigrationsFolder } from '../core/paths.ts'
import { startCore, type Core } from '../core/start-core.ts'
import { callThrough, testNow } from '../core/test-core.ts'
import {
  addAnotherAgency,
  firstOrgId,
  plainActivity,
  plainFunnel,
  plainLeaderboard,
  plainSpend,
  plainTeam,
} from './dashboard-plain-sql.ts'

// The demo agency's figures against the same figures worked out with plain SQL over the
// same file, after tombstoning rows and adding another agency. dashboard-figures.test.ts
// checks exact numbers on a few hand-made rows.

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : 1))

/** Monday 00:00 UTC of the week holding `now`. */
const mondayOf = (now: Date) => {
  const day = (now.getUTCDay() + 6) % 7
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day),
  ).toISOString()
}

describe('the dashboard over the demo agency, against plain SQL on the same file', () => {
  let dataDir: string
  let core: Core
  let raw: Database.Database
  let orgId: string
  let call: <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>
  let rival: ReturnType<typeof addAnotherAgency>
  const tombstoned: Record<string, string> = {}

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'crm-dashboard-'))
    core = startCore({
      dataDir,
      migrationsFolder: sourceMigrationsFolder,
      demoInfluencers: 120,
      logError: () => {},
      now: () => new Date(testNow),
    })
    call = callThrough(core.dispatch)
    // A second connection, as sync's pull would write: tombstones and another agency.
    raw = new Database(core.dataFile)
    orgId = firstOrgId(raw)
    rival = addAnotherAgency(raw, {
      createdAt: new Date().toISOString(),
      contactAt: new Date(Date.now() - 60_000).toISOString(),
    })
    const pick = (query: string) =>
      (raw.prepare(query).get(orgId) as { id: string } | undefined)?.id ?? ''
    tombstoned.payment = pick(
      `select p.id from payments p join campaigns c on c.id = p.campaign_id
        where p.org_id = ? and p.status in ('captured', 'released') and c.status in ('active', 'paused')
        order by p.amount desc limit 1`,
    )
    tombstoned.offer = pick(
      `select o.id from offers o join campaigns c on c.id = o.campaign_id
        where o.org_id = ? and o.status = 'accepted' and c.status in ('active', 'paused') limit 1`,
    )
    tombstoned.interaction = pick(
      `select id from interactions where org_id = ? order by interaction_date desc limit 1`,
    )
    tombstoned.topEarner = pick(
      `select influencer_id as id from payments where org_id = ? and status in ('captured', 'released')
        group by influencer_id order by sum(amount) desc limit 1`,
    )
    tombstoned.relationship = pick(
      `select id from influencer_relationships where org_id = ?
        and influencer_id <> '${tombstoned.topEarner}' order by id limit 1`,
    )
    const at = new Date().toISOString()
    for (const [table, id] of [
      ['payments', tombstoned.payment],
      ['offers', tombstoned.offer],
      ['influencer_relationships', tombstoned.relationship],
      ['interactions', tombstoned.interaction],
      ['influencers', tombstoned.topEarner],
    ] as const) {
      expect(id, `the demo has a row of ${table} to tombstone`).not.toBe('')
      raw.prepare(`update ${table} set deleted_at = ? where id = ?`).run(at, id)
    }
  })
  afterAll(() => {
    raw.close()
    core.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('the funnel counts each stage as plain SQL does, without tombstones or the other agency', async () => {
    const funnel = await call('dashboard.funnel', {})
    expect(funnel.map((s) => s.name)).toEqual([
      'Saved',
      'Contacted',
      'Warm',
      'Negotiating',
      'Partnered',
      'Cold',
    ])
    expect(funnel).toEqual(plainFunnel(raw, orgId))
    expect(funnel.some((s) => s.stageId === rival.stage)).toBe(false)
    // The deleted card and the deleted influencer's card are both gone from the 120.
    expect(funnel.reduce((a, s) => a + s.count, 0)).toBe(118)
  })

  it('spend per active or paused campaign equals plain sums over offers, payments and deals', async () => {
    const spend = await call('dashboard.spend', {})
    const expected = plainSpend(raw, orgId)
    expect(spend.campaigns.length).toBeGreaterThan(0)
    expect(byId(spend.campaigns).map(({ brandName: _b, status: _s, ...c }) => c)).toEqual(
      byId(expected),
    )
    expect(spend.campaigns.map((c) => c.id)).not.toContain(rival.campaign)
    expect(spend.totals).toEqual([
      {
        currency: 'USD',
        campaigns: expected.length,
        budget: expected.reduce((a, c) => a + c.budget, 0),
        committed: expected.reduce((a, c) => a + c.committed, 0),
        paid: expected.reduce((a, c) => a + c.paid, 0),
        offerCount: expected.reduce((a, c) => a + c.offerCount, 0),
      },
    ])
    // The tombstoned payment and offer are really left out: counting them would differ.
    const gone = raw
      .prepare(
        'select (select amount from payments where id = ?) as paid, (select price from offers where id = ?) as price',
      )
      .get(tombstoned.payment, tombstoned.offer) as { paid: number; price: number }
    const withTombstones = raw
      .prepare(
        `select sum(amount) as paid from payments p join campaigns c on c.id = p.campaign_id
          where p.org_id = ? and c.deleted_at is null and c.status in ('active', 'paused')
            and p.status in ('captured', 'released')`,
      )
      .get(orgId) as { paid: number }
    expect(spend.totals[0]!.paid).toBe(withTombstones.paid - gone.paid)
    expect(gone.price).toBeGreaterThan(0)
  })

  it('interactions per week and type equal a count of the raw rows', async () => {
    const weekStart = mondayOf(new Date())
    const activity = await call('dashboard.activity', { weeks: 30, weekStart })
    expect(activity.weeks).toHaveLength(30)
    expect(activity.weeks.at(-1)!.start).toBe(weekStart)
    const expected = plainActivity(raw, orgId, weekStart, 30)
    activity.weeks.forEach((week, n) => {
      const nonZero = Object.fromEntries(Object.entries(week.counts).filter(([, v]) => v > 0))
      expect(nonZero, `week ${week.start}`).toEqual(expected[n])
      expect(week.total).toBe(Object.values(expected[n]!).reduce((a, b) => a + b, 0))
    })
    expect(activity.weeks.reduce((a, w) => a + w.total, 0)).toBeGreaterThan(100)
  })

  it('the leaderboard ranks by earnings as plain SQL does, without the deleted top earner', async () => {
    const board = await call('dashboard.leaderboard', { limit: 10 })
    const expected = plainLeaderboard(raw, orgId, 'USD').slice(0, 10)
    expect(board.currency).toBe('USD')
    expect(board.currencies).toEqual(['USD'])
    expect(board.rows).toHaveLength(10)
    expect(board.rows.map((r) => [r.influencerId, r.earnings, r.completedCampaigns])).toEqual(
      expected.map((r) => [r.influencerId, r.earnings, r.completedCampaigns]),
    )
    board.rows.forEach((row, n) => {
      if (expected[n]!.avgEngagement === null) expect(row.avgEngagement).toBeNull()
      else expect(row.avgEngagement).toBeCloseTo(expected[n]!.avgEngagement, 9)
    })
    const ids = board.rows.map((r) => r.influencerId)
    expect(ids).not.toContain(tombstoned.topEarner)
    expect(ids).not.toContain(rival.influencer)
  })

  it('the team table (admin_analytics) matches per-person plain counts', async () => {
    const team = await call('dashboard.team', {})
    const expected = plainTeam(raw, orgId)
    expect(team.map((m) => m.userId)).toEqual(expected.map((m) => m.userId))
    expect(team.map((m) => m.userId)).not.toContain(rival.user)
    team.forEach((member, n) => {
      const { avgStrength, ...counts } = expected[n]!
      expect(member).toMatchObject(counts)
      if (avgStrength === null) expect(member.avgStrength).toBeNull()
      else expect(member.avgStrength).toBeCloseTo(avgStrength, 9)
    })
    expect(team.reduce((a, m) => a + m.interactions, 0)).toBeGreaterThan(0)
  })
})
