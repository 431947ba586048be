import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relationshipStrength, type StrengthInput } from '#shared/domain/relationship-strength'
import { buildUtmUrl } from '#shared/domain/utm'
import { openLocalDb, type LocalDb } from '../sqlite/open.ts'
import { seedDemoData, type DemoSummary } from './seed.ts'

const migrationsFolder = path.resolve(import.meta.dirname, '../migrations/sqlite')
const now = new Date('2026-11-25T15:00:00.000Z')
const dirs: string[] = []

function seeded(options: Parameters<typeof seedDemoData>[1]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-seed-'))
  dirs.push(dir)
  const { db } = openLocalDb({ file: path.join(dir, 'crm.sqlite'), migrationsFolder })
  const progress: [number, number][] = []
  const counts = seedDemoData(db, { now, onProgress: (d, t) => progress.push([d, t]), ...options })
  return { db, counts, progress, dir }
}

let db: LocalDb
let counts: DemoSummary
let progress: [number, number][]
beforeAll(() => {
  ;({ db, counts, progress } = seeded({
    influencers: 300,
    interactions: 1_000,
    campaigns: 5,
    seed: 11,
  }))
})
afterAll(() => {
  db.$client.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const all = <T>(query: string) => db.$client.prepare(query).all() as T[]
const one = <T>(query: string) => db.$client.prepare(query).get() as T
const n = (query: string) => one<{ n: number }>(query).n

describe('the demo agency', () => {
  it('has the organization, staff, roles and pipeline of an agency', () => {
    expect(one('select name, slug, currency from organizations')).toEqual({
      name: 'Northwind Talent',
      slug: 'northwind',
      currency: 'USD',
    })
    expect(n('select count(*) n from users')).toBe(6)
    expect(
      all<{ name: string; users: number }>(
        `select r.name, count(ur.id) users from roles r left join user_roles ur on ur.role_id = r.id
         group by r.name order by r.name`,
      ),
    ).toEqual([
      { name: 'admin', users: 1 },
      { name: 'manager', users: 2 },
      { name: 'member', users: 3 },
      { name: 'viewer', users: 0 },
    ])
    const permissionsOf = (role: string) =>
      all<{ name: string }>(
        `select p.name from permissions p join role_permissions rp on rp.permission_id = p.id
         join roles r on r.id = rp.role_id where r.name = '${role}'`,
      ).map((p) => p.name)
    expect(permissionsOf('admin')).toEqual(
      expect.arrayContaining([
        'campaign.write',
        'payment.approve',
        'document.approve',
        'user.manage',
        'influencer.write',
      ]),
    )
    expect(permissionsOf('member')).not.toContain('payment.approve')
    expect(permissionsOf('viewer')).toEqual(['report.view'])
    expect(all('select name, kind from pipeline_stages order by position')).toEqual([
      { name: 'Saved', kind: 'open' },
      { name: 'Contacted', kind: 'open' },
      { name: 'Warm', kind: 'open' },
      { name: 'Negotiating', kind: 'open' },
      { name: 'Partnered', kind: 'won' },
      { name: 'Cold', kind: 'lost' },
    ])
  })

  it('holds the asked-for numbers of rows, and reports every table it filled', () => {
    expect(n('select count(*) n from influencers')).toBe(300)
    expect(n('select count(*) n from influencer_relationships')).toBe(300)
    expect(n('select count(*) n from interactions')).toBe(1_000)
    expect(n('select count(*) n from campaigns')).toBe(5)
    for (const [table, rows] of Object.entries(counts)) {
      expect(n(`select count(*) n from ${table}`), table).toBe(rows)
    }
    // Everything the app shows has something in it.
    for (const table of [
      'brands',
      'products',
      'campaign_products',
      'influencer_accounts',
      'influencer_stats_history',
      'tasks',
      'campaign_influencers',
      'deliverables',
      'offers',
      'contracts',
      'payments',
      'financial_documents',
      'documents',
      'document_templates',
      'post_metrics',
      'opportunities',
      'notifications',
      'analytics_snapshots',
    ]) {
      expect(counts[table], table).toBeGreaterThan(0)
    }
    // Accounts and stats per influencer stay within their ranges.
    expect(
      one(
        `select min(c) lo, max(c) hi from (select count(*) c from influencer_accounts group by influencer_id)`,
      ),
    ).toEqual({ lo: 1, hi: 3 })
    const stats = one<{ lo: number; hi: number }>(
      `select min(c) lo, max(c) hi from (select count(*) c from influencer_stats_history group by influencer_id)`,
    )
    expect(stats.lo).toBeGreaterThanOrEqual(2)
    expect(stats.hi).toBeLessThanOrEqual(6)
    expect(progress.at(-1)).toEqual([300 * 2 + 1_000, 300 * 2 + 1_000])
  })

  it('leaves no orphaned references and a consistent search index', () => {
    expect(all('pragma foreign_key_check')).toEqual([])
    expect(one('pragma integrity_check')).toEqual({ integrity_check: 'ok' })
    for (const fts of ['influencer_search', 'interaction_search', 'document_search']) {
      expect(() =>
        db.$client.exec(`insert into ${fts}(${fts}) values ('integrity-check')`),
      ).not.toThrow()
    }
    // Handles are searchable although the accounts went in before their influencers.
    const sample = one<{ handle: string; influencer_id: string }>(
      'select handle, influencer_id from influencer_accounts order by rowid desc limit 1',
    )
    const found = all<{ influencer_id: string }>(
      `select influencer_id from influencer_search where influencer_search match '"${sample.handle}"'`,
    )
    expect(found.map((f) => f.influencer_id)).toContain(sample.influencer_id)
    // The account triggers are back in place after the bulk load.
    expect(
      n(
        "select count(*) n from sqlite_master where type = 'trigger' and tbl_name = 'influencer_accounts'",
      ),
    ).toBe(3)
  })

  it('keeps handles unique per platform and emails unique per organization', () => {
    expect(n('select count(*) n from influencer_accounts')).toBe(
      n("select count(distinct platform || ':' || handle) n from influencer_accounts"),
    )
    expect(n('select count(email) n from influencers')).toBe(
      n('select count(distinct lower(email)) n from influencers'),
    )
  })

  it('derives each relationship from its interactions', () => {
    expect(
      n(
        'select count(*) n from influencer_relationships where relationship_strength not between 0 and 100',
      ),
    ).toBe(0)
    expect(
      n('select count(*) n from influencer_relationships where relationship_strength > 0'),
    ).toBeGreaterThan(10)
    const interactions = all<StrengthInput & { influencerId: string }>(
      'select influencer_id influencerId, type, direction, interaction_date interactionDate from interactions',
    )
    const relationships = all<{ influencerId: string; strength: number; last: string | null }>(
      'select influencer_id influencerId, relationship_strength strength, last_contacted_at last from influencer_relationships',
    )
    for (const r of relationships) {
      const mine = interactions.filter((i) => i.influencerId === r.influencerId)
      expect(r.strength).toBe(relationshipStrength(mine, now))
      expect(r.last).toBe(
        mine.length
          ? mine
              .map((i) => i.interactionDate)
              .sort()
              .at(-1)
          : null,
      )
    }
    const oldest = one<{ d: string }>('select min(interaction_date) d from interactions').d
    expect(Date.parse(oldest)).toBeGreaterThanOrEqual(now.getTime() - 181 * 86_400_000)
    // Positions are fractional and unique within a column.
    expect(
      n(
        'select count(*) n from influencer_relationships where position != cast(position as integer)',
      ),
    ).toBeGreaterThan(0)
    expect(
      n(
        'select count(*) n from (select stage_id, position from influencer_relationships group by 1, 2 having count(*) > 1)',
      ),
    ).toBe(0)
  })

  it('has follow-ups due today and overdue', () => {
    const today = now.toISOString().slice(0, 10)
    expect(
      n(
        `select count(*) n from influencer_relationships where substr(follow_up_date, 1, 10) = '${today}'`,
      ),
    ).toBeGreaterThan(0)
    expect(
      n(`select count(*) n from influencer_relationships where follow_up_date < '${today}'`),
    ).toBeGreaterThan(0)
    expect(
      n(`select count(*) n from tasks where done_at is null and due_at < '${now.toISOString()}'`),
    ).toBeGreaterThan(0)
  })

  it('keeps campaign money, offers and paperwork consistent', () => {
    expect(
      all(`select campaign_id, influencer_id from offers
           where status in ('pending', 'counter', 'accepted') and deleted_at is null
           group by 1, 2 having count(*) > 1`),
    ).toEqual([])
    expect(
      n(
        "select count(*) n from contracts c join offers o on o.id = c.offer_id where o.status not in ('accepted', 'completed')",
      ),
    ).toBe(0)
    expect(
      n(
        "select count(*) n from offers o join contracts c on c.offer_id = o.id where o.status = 'accepted'",
      ),
    ).toBe(n("select count(*) n from offers where status = 'accepted'"))
    expect(
      n('select count(*) n from campaigns where budget <= 0 or budget != cast(budget as integer)'),
    ).toBe(0)
    expect(n('select count(distinct document_number) n from financial_documents')).toBe(
      n('select count(*) n from financial_documents'),
    )
    expect(n('select count(distinct status) n from campaigns')).toBeGreaterThanOrEqual(3)
    const links = all<{
      utm_url: string
      utm_source: string
      utm_medium: string
      utm_campaign: string
      utm_content: string
      landing: string
    }>(
      `select ci.utm_url, ci.utm_source, ci.utm_medium, ci.utm_campaign, ci.utm_content,
              json_extract(c.brief, '$.landingPage') landing
       from campaign_influencers ci join campaigns c on c.id = ci.campaign_id`,
    )
    expect(links.length).toBeGreaterThan(0)
    for (const l of links) {
      expect(l.utm_url).toBe(
        buildUtmUrl(l.landing, {
          source: l.utm_source,
          medium: l.utm_medium,
          campaign: l.utm_campaign,
          content: l.utm_content,
        }),
      )
    }
    // Deals carry the UTM values of a link in their campaign.
    expect(
      n(`select count(*) n from opportunities o where not exists (
           select 1 from campaign_influencers ci where ci.campaign_id = o.campaign_id
           and ci.utm_campaign = o.utm_campaign and ci.utm_content = o.utm_content)`),
    ).toBe(0)
    expect(n("select count(*) n from documents where preview = ''")).toBe(0)
  })

  it('makes the same people from the same seed, and others from another', () => {
    const names = (d: LocalDb) =>
      d.$client.prepare('select name from influencers order by rowid').pluck().all()
    const again = seeded({ influencers: 300, interactions: 1_000, campaigns: 5, seed: 11 })
    const other = seeded({ influencers: 300, interactions: 1_000, campaigns: 5, seed: 12 })
    try {
      expect(names(again.db)).toEqual(names(db))
      expect(names(other.db)).not.toEqual(names(db))
    } finally {
      again.db.$client.close()
      other.db.$client.close()
    }
  })
})

describe('the seed command', () => {
  const cli = path.resolve(import.meta.dirname, 'cli.ts')
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    })

  it('seeds an empty folder, then refuses to seed it again', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-seed-cli-'))
    dirs.push(dir)
    const first = run({ CRM_DATA_DIR: dir, SIZE_INFLUENCERS: '40', SIZE_INTERACTIONS: '100' })
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/influencers\s+40\n/)
    const second = run({ CRM_DATA_DIR: dir, SIZE_INFLUENCERS: '40' })
    expect(second.status).toBe(1)
    expect(second.stderr).toContain('already holds an organization ("Northwind Talent")')
    // Two tsx processes start here; on a busy 2-core machine that alone can take seconds.
  }, 30_000)

  it('refuses sizes that are not whole, non-negative numbers', () => {
    const result = run({
      CRM_DATA_DIR: os.tmpdir(),
      SIZE_INFLUENCERS: 'lots',
      SIZE_CAMPAIGNS: '-3',
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('SIZE_INFLUENCERS must be a number')
    expect(result.stderr).toContain('SIZE_CAMPAIGNS cannot be negative')
  }, 30_000)
})
