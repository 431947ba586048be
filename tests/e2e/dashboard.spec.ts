import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test, type Page } from '@playwright/test'
import type { CrmBridge } from '#shared/contract/index'
import { openApp, screenshotPath } from './app.ts'

// Other journeys write to the same database first, so every expected figure is worked out
// here, at test time, with plain SQL over the test host's file, never written down.
type Db = Database.Database
const openDb = (): Db =>
  new Database(path.join(process.env.CRM_E2E_DATA ?? '', 'crm.sqlite'), {
    readonly: true,
    fileMustExist: true,
  })

const one = <T>(db: Db, query: string, ...params: unknown[]) =>
  db.prepare(query).get(...params) as T
const all = <T>(db: Db, query: string, ...params: unknown[]) =>
  db.prepare(query).all(...params) as T[]

/** The organization the host shows before anyone signs in: the replica's first. */
const organization = (db: Db) =>
  one<{ id: string; currency: string }>(
    db,
    'select id, currency from organizations order by created_at, id limit 1',
  )

function stageCounts(db: Db, org: string) {
  return all<{ name: string; n: number }>(
    db,
    `select s.name, (select count(*) from influencer_relationships r
                      join influencers i on i.id = r.influencer_id
                     where r.stage_id = s.id and r.deleted_at is null and i.deleted_at is null) as n
       from pipeline_stages s where s.org_id = ? and s.deleted_at is null order by s.position`,
    org,
  )
}

function leaders(db: Db, org: string, currency: string) {
  const earned = new Map(
    all<{ id: string; total: number }>(
      db,
      `select influencer_id as id, sum(amount) as total from payments
        where org_id = ? and deleted_at is null and status in ('captured', 'released') and currency = ?
        group by influencer_id`,
      org,
      currency,
    ).map((r) => [r.id, r.total]),
  )
  const completed = new Map(
    all<{ id: string; n: number }>(
      db,
      `select influencer_id as id, count(distinct campaign_id) as n from contracts
        where org_id = ? and deleted_at is null and status = 'completed' group by influencer_id`,
      org,
    ).map((r) => [r.id, r.n]),
  )
  return all<{ id: string; name: string }>(
    db,
    'select id, name from influencers where org_id = ? and deleted_at is null',
    org,
  )
    .map((p) => ({ ...p, earnings: earned.get(p.id) ?? 0, completed: completed.get(p.id) ?? 0 }))
    .filter((p) => p.earnings > 0 || p.completed > 0)
    .sort(
      (a, b) =>
        b.earnings - a.earnings ||
        b.completed - a.completed ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1),
    )
}

/** Active and paused campaigns' money, per currency, the largest budget first. */
function spendTotals(db: Db, org: string) {
  return all<{ currency: string; budget: number; committed: number; paid: number }>(
    db,
    `select c.currency, sum(c.budget) as budget,
            sum((select coalesce(sum(o.price), 0) from offers o where o.campaign_id = c.id
                  and o.deleted_at is null and o.status in ('accepted', 'completed'))) as committed,
            sum((select coalesce(sum(p.amount), 0) from payments p where p.campaign_id = c.id
                  and p.deleted_at is null and p.status in ('captured', 'released'))) as paid
       from campaigns c
      where c.org_id = ? and c.deleted_at is null and c.status in ('active', 'paused')
      group by c.currency order by budget desc`,
    org,
  )
}

function roi(db: Db, org: string) {
  const won = one<{ revenue: number; deals: number }>(
    db,
    `select coalesce(sum(amount), 0) as revenue, count(*) as deals from opportunities
      where org_id = ? and deleted_at is null and stage = 'closed_won'`,
    org,
  )
  const spend = one<{ total: number }>(
    db,
    `select coalesce(sum(amount), 0) as total from payments
      where org_id = ? and deleted_at is null and status in ('captured', 'released')`,
    org,
  ).total
  return { ...won, spend, ratio: spend > 0 ? won.revenue / spend : null }
}

/** Interactions from Monday 00:00 local, eleven weeks back, to the end of this week. */
function recentInteractions(db: Db, org: string, weeks: number) {
  const now = new Date()
  const monday = new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() - ((now.getDay() + 6) % 7),
  )
  const week = 7 * 24 * 60 * 60 * 1000
  const from = monday.getTime() - (weeks - 1) * week
  const to = monday.getTime() + week
  return all<{ at: string }>(
    db,
    'select interaction_date as at from interactions where org_id = ? and deleted_at is null',
    org,
  ).filter((x) => Date.parse(x.at) >= from && Date.parse(x.at) < to).length
}

/** Numbers as the page's own Intl writes them, so the check does not depend on the locale. */
const inPage = {
  money: (page: Page, minor: number, currency: string) =>
    page.evaluate(
      ([n, c]) =>
        new Intl.NumberFormat(undefined, { style: 'currency', currency: c }).format(n / 100),
      [minor, currency] as const,
    ),
  count: (page: Page, n: number) => page.evaluate((v) => new Intl.NumberFormat().format(v), n),
  ratio: (page: Page, r: number) =>
    page.evaluate(
      (v) => `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(v)}×`,
      r,
    ),
}

/** The whole screen; the app's "due today" notice would sit on top of a chart, so it is left out. */
const shot = (page: Page, name: string) =>
  page.screenshot({
    path: screenshotPath(name),
    fullPage: true,
    style: '.mantine-Notifications-root { visibility: hidden }',
  })

test('the dashboard shows the seeded figures: funnel, spend, ROI, top influencers, activity', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openApp(page, '#/dashboard')
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()

  const db = openDb()
  try {
    const org = organization(db)
    const summary = one<{ n: number }>(
      db,
      'select count(*) as n from influencers where org_id = ? and deleted_at is null',
      org.id,
    )
    await expect(page.getByTestId('stat-Influencers')).toHaveText(
      await inPage.count(page, summary.n),
    )

    // The funnel: every stage's count, in the board's order.
    const funnel = page.getByRole('region', { name: 'Pipeline funnel' })
    const stages = stageCounts(db, org.id)
    expect(stages.map((s) => s.name)).toEqual([
      'Saved',
      'Contacted',
      'Warm',
      'Negotiating',
      'Partnered',
      'Cold',
    ])
    expect(stages.reduce((a, s) => a + s.n, 0)).toBeGreaterThan(100)
    const rows = funnel.getByRole('table', { name: 'Pipeline stages' }).getByRole('row')
    await expect(rows).toHaveCount(stages.length + 1)
    for (const [n, stage] of stages.entries()) {
      const row = rows.nth(n + 1)
      await expect(row.getByRole('cell').first()).toHaveText(stage.name)
      await expect(row.getByTestId('funnel-count')).toHaveText(await inPage.count(page, stage.n))
    }

    // Spend: the totals of active and paused campaigns in the currency shown first.
    const spend = page.getByRole('region', { name: 'Campaign spend' })
    const [totals] = spendTotals(db, org.id)
    expect(totals, 'the demo agency runs active campaigns').toBeDefined()
    expect(totals!.paid).toBeGreaterThan(0)
    for (const [label, value] of [
      ['Budget', totals!.budget],
      ['Committed', totals!.committed],
      ['Paid', totals!.paid],
      ['Remaining', totals!.budget - Math.max(totals!.committed, totals!.paid)],
    ] as const) {
      await expect(spend.getByTestId(`spend-${label}`)).toHaveText(
        await inPage.money(page, value, totals!.currency),
      )
    }

    // Attributed revenue and ROI (seed 003).
    const expected = roi(db, org.id)
    expect(expected.deals).toBeGreaterThan(0)
    const revenue = page.getByRole('region', { name: 'Attributed revenue and ROI' })
    await expect(revenue.getByTestId('roi-Attributed revenue')).toHaveText(
      await inPage.money(page, expected.revenue, org.currency),
    )
    await expect(revenue.getByTestId('roi-Spend')).toHaveText(
      await inPage.money(page, expected.spend, org.currency),
    )
    await expect(revenue.getByTestId('roi-ROI')).toHaveText(
      await inPage.ratio(page, expected.ratio!),
    )
    await expect(revenue.getByTestId('roi-Won deals')).toHaveText(
      await inPage.count(page, expected.deals),
    )

    // Top influencers: the first five names and what they earned, in order.
    const top = leaders(db, org.id, org.currency).slice(0, 5)
    expect(top).toHaveLength(5)
    const board = page.getByRole('table', { name: 'Top influencers' }).getByRole('row')
    for (const [n, person] of top.entries()) {
      const row = board.nth(n + 1)
      await expect(row.getByRole('link')).toHaveText(person.name)
      await expect(row.getByRole('cell').last()).toHaveText(
        await inPage.money(page, person.earnings, org.currency),
      )
    }

    const activity = recentInteractions(db, org.id, 12)
    expect(activity).toBeGreaterThan(0)
    await expect(page.getByTestId('activity-total')).toHaveText(
      `${await inPage.count(page, activity)} interaction${activity === 1 ? '' : 's'} in the last 12 weeks`,
    )
    await shot(page, 'dashboard')

    // A name leads to the influencer's page.
    await board.nth(1).getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`#/influencers/${top[0]!.id}$`))
  } finally {
    db.close()
  }
  expect(errors).toEqual([])
})

test('the dashboard follows a payment as it is recorded and refunded, and reads well in dark', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page, '#/dashboard')
  const db = openDb()
  try {
    const org = organization(db)
    const [totals] = spendTotals(db, org.id)
    const target = one<{ campaignId: string; influencerId: string }>(
      db,
      `select c.id as campaignId, (select id from influencers where org_id = c.org_id and deleted_at is null
                                    order by name limit 1) as influencerId
         from campaigns c where c.org_id = ? and c.deleted_at is null and c.status = 'active'
          and c.currency = ? order by c.name limit 1`,
      org.id,
      totals!.currency,
    )
    const paid = page.getByRole('region', { name: 'Campaign spend' }).getByTestId('spend-Paid')
    await expect(paid).toHaveText(await inPage.money(page, totals!.paid, totals!.currency))

    // A colleague's payment arriving in main: the screen re-reads without a reload.
    const amount = 123_456
    const recorded = await page.evaluate(
      async ([campaignId, influencerId, minor]) => {
        const { crm } = window as unknown as { crm: CrmBridge }
        const answer = await crm.invoke('payments.record', {
          campaignId,
          influencerId,
          amount: minor,
          status: 'captured',
        })
        if (!answer.ok) throw new Error(answer.error.message)
        return answer.value.id
      },
      [target.campaignId, target.influencerId, amount] as const,
    )
    await expect(paid).toHaveText(await inPage.money(page, totals!.paid + amount, totals!.currency))
    await shot(page, 'dashboard-dark')

    // Refunded money is not spend: the figure goes back to what it was.
    await page.evaluate(async (id) => {
      const { crm } = window as unknown as { crm: CrmBridge }
      const answer = await crm.invoke('payments.setStatus', { id, status: 'refunded' })
      if (!answer.ok) throw new Error(answer.error.message)
    }, recorded)
    await expect(paid).toHaveText(await inPage.money(page, totals!.paid, totals!.currency))
  } finally {
    db.close()
  }
})
