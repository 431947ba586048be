import type Database from 'better-sqlite3'
import { newId } from '#db/sqlite/ids'

/**
 * Test support for dashboard-service.test.ts: the dashboard's figures worked out a second,
 * independent way (plain rows read with SQL, summed in JavaScript), and another agency's
 * rows that no figure may count.
 */
type Db = Database.Database

const week = 7 * 24 * 60 * 60 * 1000
const live = 'deleted_at is null'

const rows = <T>(db: Db, query: string, ...params: unknown[]) =>
  db.prepare(query).all(...params) as T[]

export const firstOrgId = (db: Db) =>
  (
    db.prepare('select id from organizations order by created_at, id limit 1').get() as {
      id: string
    }
  ).id

export function plainFunnel(db: Db, orgId: string) {
  return rows<{ stageId: string; name: string; kind: string; count: number }>(
    db,
    `select s.id as stageId, s.name, s.kind, count(r.id) as count
       from pipeline_stages s
       left join influencer_relationships r on r.stage_id = s.id and r.${live}
         and r.influencer_id in (select id from influencers where ${live})
      where s.org_id = ? and s.${live}
      group by s.id order by s.position, s.id`,
    orgId,
  )
}

export function plainSpend(db: Db, orgId: string) {
  const campaigns = rows<{ id: string; name: string; currency: string; budget: number }>(
    db,
    `select id, name, currency, budget from campaigns
      where org_id = ? and ${live} and status in ('active', 'paused')`,
    orgId,
  )
  const offers = rows<{ campaign_id: string; price: number; status: string }>(
    db,
    `select campaign_id, price, status from offers where org_id = ? and ${live}`,
    orgId,
  )
  const payments = rows<{ campaign_id: string; amount: number; status: string }>(
    db,
    `select campaign_id, amount, status from payments where org_id = ? and ${live}`,
    orgId,
  )
  const links = rows<{ campaign_id: string; utm_campaign: string | null }>(
    db,
    `select campaign_id, utm_campaign from campaign_influencers where org_id = ? and ${live}`,
    orgId,
  )
  const won = rows<{ campaign_id: string | null; utm_campaign: string | null; amount: number }>(
    db,
    `select campaign_id, utm_campaign, amount from opportunities
      where org_id = ? and ${live} and stage = 'closed_won'`,
    orgId,
  )
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0)
  return campaigns.map((c) => {
    const committedOffers = offers.filter(
      (o) => o.campaign_id === c.id && (o.status === 'accepted' || o.status === 'completed'),
    )
    const paid = sum(
      payments
        .filter(
          (p) => p.campaign_id === c.id && (p.status === 'captured' || p.status === 'released'),
        )
        .map((p) => p.amount),
    )
    const utms = new Set(links.filter((l) => l.campaign_id === c.id).map((l) => l.utm_campaign))
    const revenue = sum(
      won
        .filter(
          (o) =>
            o.campaign_id === c.id ||
            (o.campaign_id === null && o.utm_campaign !== null && utms.has(o.utm_campaign)),
        )
        .map((o) => o.amount),
    )
    return {
      id: c.id,
      name: c.name,
      currency: c.currency,
      budget: c.budget,
      committed: sum(committedOffers.map((o) => o.price)),
      paid,
      offerCount: committedOffers.length,
      attributedRevenue: revenue,
      roi: paid > 0 ? revenue / paid : null,
    }
  })
}

export function plainActivity(db: Db, orgId: string, weekStart: string, weeks: number) {
  const first = Date.parse(weekStart) - (weeks - 1) * week
  const totals = Array.from({ length: weeks }, (): Record<string, number> => ({}))
  for (const x of rows<{ type: string; interaction_date: string }>(
    db,
    `select type, interaction_date from interactions where org_id = ? and ${live}`,
    orgId,
  )) {
    const at = Date.parse(x.interaction_date)
    const n = Math.floor((at - first) / week)
    if (n < 0 || n >= weeks) continue
    const bucket = totals[n]!
    bucket[x.type] = (bucket[x.type] ?? 0) + 1
  }
  return totals
}

export function plainLeaderboard(db: Db, orgId: string, currency: string) {
  const people = rows<{ id: string; name: string }>(
    db,
    `select id, name from influencers where org_id = ? and ${live}`,
    orgId,
  )
  const payments = rows<{ influencer_id: string; amount: number }>(
    db,
    `select influencer_id, amount from payments where org_id = ? and ${live}
        and status in ('captured', 'released') and currency = ?`,
    orgId,
    currency,
  )
  const contracts = rows<{ influencer_id: string; campaign_id: string }>(
    db,
    `select influencer_id, campaign_id from contracts where org_id = ? and ${live} and status = 'completed'`,
    orgId,
  )
  const stats = rows<{ influencer_id: string; engagement_rate: number }>(
    db,
    `select influencer_id, engagement_rate from influencer_stats_history
      where ${live} and engagement_rate is not null`,
  )
  return people
    .map((person) => {
      const rates = stats.filter((s) => s.influencer_id === person.id).map((s) => s.engagement_rate)
      return {
        influencerId: person.id,
        name: person.name,
        earnings: payments
          .filter((p) => p.influencer_id === person.id)
          .reduce((a, p) => a + p.amount, 0),
        completedCampaigns: new Set(
          contracts.filter((k) => k.influencer_id === person.id).map((k) => k.campaign_id),
        ).size,
        avgEngagement: rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null,
      }
    })
    .filter((p) => p.earnings > 0 || p.completedCampaigns > 0)
    .sort(
      (a, b) =>
        b.earnings - a.earnings ||
        b.completedCampaigns - a.completedCampaigns ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        (a.influencerId < b.influencerId ? -1 : 1),
    )
}

export function plainTeam(db: Db, orgId: string) {
  const users = rows<{ id: string; name: string }>(
    db,
    `select id, name from users where org_id = ? and ${live} and status = 'active' order by name, id`,
    orgId,
  )
  const cards = rows<{ owner_id: string | null; kind: string; strength: number }>(
    db,
    `select r.owner_id, s.kind, r.relationship_strength as strength
       from influencer_relationships r
       join pipeline_stages s on s.id = r.stage_id
       join influencers i on i.id = r.influencer_id
      where r.org_id = ? and r.${live} and i.${live}`,
    orgId,
  )
  const campaigns = rows<{ owner_id: string | null }>(
    db,
    `select owner_id from campaigns where org_id = ? and ${live}`,
    orgId,
  )
  const interactions = rows<{ user_id: string | null }>(
    db,
    `select user_id from interactions where org_id = ? and ${live}`,
    orgId,
  )
  return users.map((u) => {
    const mine = cards.filter((c) => c.owner_id === u.id)
    return {
      userId: u.id,
      influencers: mine.length,
      partnered: mine.filter((c) => c.kind === 'won').length,
      campaigns: campaigns.filter((c) => c.owner_id === u.id).length,
      interactions: interactions.filter((x) => x.user_id === u.id).length,
      avgStrength: mine.length ? mine.reduce((a, c) => a + c.strength, 0) / mine.length : null,
    }
  })
}

/**
 * A second agency in the same file, with a card, a live campaign, money and a contact
 * large enough to top every figure if its organization were not filtered out.
 */
export function addAnotherAgency(
  db: Db,
  { createdAt, contactAt }: { createdAt: string; contactAt: string },
) {
  const ids = {
    org: newId(),
    user: newId(),
    stage: newId(),
    influencer: newId(),
    campaign: newId(),
    offer: newId(),
    contract: newId(),
  }
  const run = (query: string, ...params: unknown[]) => db.prepare(query).run(...params)
  run(
    `insert into organizations (id, name, slug, created_at) values (?, 'Rival Agency', 'rival-agency', ?)`,
    ids.org,
    createdAt,
  )
  run(
    `insert into users (id, org_id, email, name) values (?, ?, 'spy@rival.example', 'Aaron Rival')`,
    ids.user,
    ids.org,
  )
  run(
    `insert into pipeline_stages (id, org_id, name, position, kind) values (?, ?, 'Saved', 0, 'open')`,
    ids.stage,
    ids.org,
  )
  run(
    `insert into influencers (id, org_id, name, followers) values (?, ?, 'Aaa Rival Star', 1000)`,
    ids.influencer,
    ids.org,
  )
  run(
    `insert into influencer_relationships (id, org_id, influencer_id, owner_id, stage_id, position)
     values (?, ?, ?, ?, ?, 0)`,
    newId(),
    ids.org,
    ids.influencer,
    ids.user,
    ids.stage,
  )
  run(
    `insert into campaigns (id, org_id, owner_id, name, status, budget, currency)
     values (?, ?, ?, 'Rival Launch', 'active', 999999999, 'USD')`,
    ids.campaign,
    ids.org,
    ids.user,
  )
  run(
    `insert into offers (id, org_id, campaign_id, influencer_id, price, status)
     values (?, ?, ?, ?, 88888888, 'completed')`,
    ids.offer,
    ids.org,
    ids.campaign,
    ids.influencer,
  )
  run(
    `insert into contracts (id, org_id, campaign_id, offer_id, influencer_id, status, content)
     values (?, ?, ?, ?, ?, 'completed', '{}')`,
    ids.contract,
    ids.org,
    ids.campaign,
    ids.offer,
    ids.influencer,
  )
  run(
    `insert into payments (id, org_id, campaign_id, contract_id, influencer_id, amount, status)
     values (?, ?, ?, ?, ?, 77777777, 'released')`,
    newId(),
    ids.org,
    ids.campaign,
    ids.contract,
    ids.influencer,
  )
  run(
    `insert into opportunities (id, org_id, campaign_id, name, amount, stage)
     values (?, ?, ?, 'Rival deal', 66666666, 'closed_won')`,
    newId(),
    ids.org,
    ids.campaign,
  )
  run(
    `insert into interactions (id, org_id, user_id, influencer_id, type, interaction_date)
     values (?, ?, ?, ?, 'call', ?)`,
    newId(),
    ids.org,
    ids.user,
    ids.influencer,
    contactAt,
  )
  return ids
}
