import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableName,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  or,
  sql,
} from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import * as t from '#db/sqlite/schema/index'
import {
  interactionTypes,
  type FunnelStage,
  type InteractionType,
  type SpendTotal,
} from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import { campaignRows, liveCampaigns } from './campaign-queries.ts'
import type { ServiceContext } from './context.ts'
import { opportunityService } from './opportunity-service.ts'

const r = t.influencerRelationships
const i = t.influencers
const x = t.interactions
const weekSeconds = 7 * 24 * 60 * 60
const dayMs = 24 * 60 * 60 * 1000

/**
 * An outer row's column spelled with its table. Drizzle leaves columns of a one-table
 * query unqualified, and inside a correlated sub-query `"id"` would mean the inner row's.
 */
const outer = (column: SQLiteColumn) => sql.raw(`"${getTableName(column.table)}"."${column.name}"`)

// Seed 001's view reads `status = 'captured'`; released escrow is money gone too.
const paidStatuses = ['captured', 'released'] as const
const committedOfferStatuses = ['accepted', 'completed'] as const
const spendingStatuses = ['active', 'paused'] as const

/**
 * The desktop equivalents of the seeds' report views (v_active_campaigns,
 * v_influencer_leaderboard, admin_analytics) and the board's funnel. Each table is summed
 * on its own (grouped, or per row) instead of joined to the others as the seeds' views
 * do: their fan-out counts a payment once per stats row and contract it meets.
 */
export function dashboardService(ctx: ServiceContext) {
  const { db, orgId } = ctx
  const roi = opportunityService(ctx)['opportunities.roi']

  const orgCurrency = () =>
    db
      .select({ currency: t.organizations.currency })
      .from(t.organizations)
      .where(eq(t.organizations.id, orgId()))
      .get()?.currency ?? 'USD'

  return {
    'dashboard.funnel': () =>
      db
        .select({
          stageId: t.pipelineStages.id,
          name: t.pipelineStages.name,
          kind: t.pipelineStages.kind,
          count: sql<number>`(select count(*) from ${r} rr join ${i} ii on ii.id = rr.influencer_id where rr.stage_id = ${outer(t.pipelineStages.id)} and rr.deleted_at is null and ii.deleted_at is null)`,
        })
        .from(t.pipelineStages)
        .where(and(eq(t.pipelineStages.orgId, orgId()), isNull(t.pipelineStages.deletedAt)))
        .orderBy(asc(t.pipelineStages.position), asc(t.pipelineStages.id))
        .all() as FunnelStage[],

    'dashboard.spend': () => {
      const rows = campaignRows(
        db,
        and(liveCampaigns(orgId()), inArray(t.campaigns.status, spendingStatuses)),
      )
      const ids = rows.map((row) => row.id)
      const offers = new Map(
        db
          .select({ campaignId: t.offers.campaignId, n: count() })
          .from(t.offers)
          .where(
            and(
              eq(t.offers.orgId, orgId()),
              isNull(t.offers.deletedAt),
              inArray(t.offers.status, committedOfferStatuses),
              inArray(t.offers.campaignId, ids),
            ),
          )
          .groupBy(t.offers.campaignId)
          .all()
          .map((o) => [o.campaignId, o.n]),
      )
      const campaigns = rows.map((row) => {
        const attributed = roi({ campaignId: row.id })
        const { currency, budget, committed, paid } = row.budget
        return {
          id: row.id,
          name: row.name,
          brandName: row.brandName,
          status: row.status,
          currency,
          budget,
          committed,
          paid,
          offerCount: offers.get(row.id) ?? 0,
          attributedRevenue: attributed.attributedRevenue,
          roi: attributed.roi,
        }
      })
      const totals = new Map<string, SpendTotal>()
      for (const c of campaigns) {
        const total = totals.get(c.currency) ?? {
          currency: c.currency,
          campaigns: 0,
          budget: 0,
          committed: 0,
          paid: 0,
          offerCount: 0,
        }
        total.campaigns += 1
        total.budget += c.budget
        total.committed += c.committed
        total.paid += c.paid
        total.offerCount += c.offerCount
        totals.set(c.currency, total)
      }
      return {
        campaigns,
        totals: [...totals.values()].sort((a, b) => b.budget - a.budget),
      }
    },

    'dashboard.activity': ({ weeks, weekStart }) => {
      // Whole seconds: SQLite's strftime('%s') counts in seconds, so the buckets do too.
      const lastStart = Math.floor(Date.parse(weekStart) / 1000)
      const first = lastStart - (weeks - 1) * weekSeconds
      const end = lastStart + weekSeconds
      const seconds = sql<number>`cast(strftime('%s', ${x.interactionDate}) as integer)`
      // One week added and taken off again, so the day of margin before the first week
      // lands in week -1 (SQLite's integer division truncates towards zero), dropped below.
      // Bound numbers arrive as reals; integer division needs integers on both sides.
      const bucket = sql<number>`(${seconds} - cast(${first - weekSeconds} as integer)) / ${sql.raw(String(weekSeconds))} - 1`
      const iso = (ms: number) => new Date(ms).toISOString()
      const counted = db
        .select({ bucket, type: x.type, n: count() })
        .from(x)
        .where(
          and(
            eq(x.orgId, orgId()),
            isNull(x.deletedAt),
            // A text range the index can use, a day wider than the weeks: a date written
            // with an offset instead of Z sorts by its local time, but buckets by its instant.
            gte(x.interactionDate, iso(first * 1000 - dayMs)),
            lt(x.interactionDate, iso(end * 1000 + dayMs)),
          ),
        )
        .groupBy(bucket, x.type)
        .all()
      const empty = () =>
        Object.fromEntries(interactionTypes.map((type) => [type, 0])) as Record<
          InteractionType,
          number
        >
      const result = Array.from({ length: weeks }, (_, n) => ({
        start: iso((first + n * weekSeconds) * 1000),
        counts: empty(),
        total: 0,
      }))
      for (const row of counted) {
        const week = result[row.bucket]
        if (!week) continue
        week.counts[row.type as InteractionType] += row.n
        week.total += row.n
      }
      return { weeks: result, types: [...interactionTypes] }
    },

    'dashboard.leaderboard': ({ limit, currency: asked }) => {
      const currency = asked ?? orgCurrency()
      const p = t.payments
      const k = t.contracts
      const paid = and(eq(p.orgId, orgId()), isNull(p.deletedAt), inArray(p.status, paidStatuses))
      // Summed once over the (few) paid and completed rows, then joined to the roster:
      // cheaper than a sub-query per influencer on a roster of thousands.
      const earned = db.$with('earned').as(
        db
          .select({
            influencerId: p.influencerId,
            total: sql<number>`sum(${p.amount})`.as('total'),
          })
          .from(p)
          .where(and(paid, eq(p.currency, currency)))
          .groupBy(p.influencerId),
      )
      const done = db.$with('done').as(
        db
          .select({
            influencerId: k.influencerId,
            campaigns: sql<number>`count(distinct ${k.campaignId})`.as('campaigns'),
          })
          .from(k)
          .where(and(eq(k.orgId, orgId()), isNull(k.deletedAt), eq(k.status, 'completed')))
          .groupBy(k.influencerId),
      )
      const earnings = sql<number>`coalesce(${earned.total}, 0)`
      const completed = sql<number>`coalesce(${done.campaigns}, 0)`
      const rows = db
        .with(earned, done)
        .select({
          influencerId: i.id,
          name: i.name,
          primaryPlatform: i.primaryPlatform,
          completedCampaigns: completed,
          avgEngagement: sql<
            number | null
          >`(select avg(h.engagement_rate) from ${t.influencerStatsHistory} h where h.influencer_id = ${outer(i.id)} and h.deleted_at is null)`,
          earnings,
        })
        .from(i)
        .leftJoin(earned, eq(earned.influencerId, i.id))
        .leftJoin(done, eq(done.influencerId, i.id))
        .where(
          and(
            eq(i.orgId, orgId()),
            isNull(i.deletedAt),
            or(gt(earned.total, 0), gt(done.campaigns, 0)),
          ),
        )
        .orderBy(desc(earnings), desc(completed), asc(i.name), asc(i.id))
        .limit(limit)
        .all()
      const currencies = db
        .selectDistinct({ currency: p.currency })
        .from(p)
        .where(paid)
        .orderBy(asc(p.currency))
        .all()
        .map((row) => row.currency)
      return { currency, currencies, rows }
    },

    'dashboard.team': () => {
      const u = t.users
      const stage = t.pipelineStages
      // Grouped once per table and matched up here: a sub-query per member and figure
      // would read each member's cards four times over.
      const cards = db
        .select({
          userId: r.ownerId,
          influencers: count(),
          partnered: sql<number>`coalesce(sum(${stage.kind} = 'won' and ${stage.deletedAt} is null), 0)`,
          avgStrength: sql<number | null>`avg(${r.relationshipStrength})`,
          lastActivity: sql<string | null>`max(${r.lastContactedAt})`,
        })
        .from(r)
        .innerJoin(i, eq(i.id, r.influencerId))
        .leftJoin(stage, eq(stage.id, r.stageId))
        .where(and(eq(r.orgId, orgId()), isNull(r.deletedAt), isNull(i.deletedAt)))
        .groupBy(r.ownerId)
        .all()
      const campaigns = db
        .select({ userId: t.campaigns.ownerId, n: count() })
        .from(t.campaigns)
        .where(and(eq(t.campaigns.orgId, orgId()), isNull(t.campaigns.deletedAt)))
        .groupBy(t.campaigns.ownerId)
        .all()
      const logged = db
        .select({ userId: x.userId, n: count() })
        .from(x)
        .where(and(eq(x.orgId, orgId()), isNull(x.deletedAt)))
        .groupBy(x.userId)
        .all()
      const byUser = <T extends { userId: string | null }>(rows: T[]) =>
        new Map(rows.map((row) => [row.userId, row]))
      const [cardsOf, campaignsOf, loggedBy] = [byUser(cards), byUser(campaigns), byUser(logged)]
      return db
        .select({ userId: u.id, name: u.name, email: u.email })
        .from(u)
        .where(and(eq(u.orgId, orgId()), isNull(u.deletedAt), eq(u.status, 'active')))
        .orderBy(asc(u.name), asc(u.id))
        .all()
        .map((member) => {
          const owned = cardsOf.get(member.userId)
          return {
            ...member,
            influencers: owned?.influencers ?? 0,
            partnered: owned?.partnered ?? 0,
            campaigns: campaignsOf.get(member.userId)?.n ?? 0,
            interactions: loggedBy.get(member.userId)?.n ?? 0,
            avgStrength: owned?.avgStrength ?? null,
            lastActivity: owned?.lastActivity ?? null,
          }
        })
    },
  } satisfies Partial<Handlers>
}
