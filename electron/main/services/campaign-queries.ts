import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import type { CampaignRow } from '#shared/contract/index'

const c = t.campaigns

/** Money promised (accepted offers) and money gone (captured or released payments). */
export const committedSql = sql<number>`coalesce((select sum(o.price) from ${t.offers} o where o.campaign_id = ${c.id} and o.deleted_at is null and o.status in ('accepted', 'completed')), 0)`
export const paidSql = sql<number>`coalesce((select sum(p.amount) from ${t.payments} p where p.campaign_id = ${c.id} and p.deleted_at is null and p.status in ('captured', 'released')), 0)`

export function campaignRows(db: LocalDb, where: ReturnType<typeof and>): CampaignRow[] {
  return db
    .select({
      id: c.id,
      name: c.name,
      brandId: c.brandId,
      brandName: t.brands.name,
      status: c.status,
      startDate: c.startDate,
      endDate: c.endDate,
      currency: c.currency,
      budget: c.budget,
      committed: committedSql,
      paid: paidSql,
      influencerCount: sql<number>`(select count(*) from ${t.campaignInfluencers} ci where ci.campaign_id = ${c.id} and ci.deleted_at is null)`,
    })
    .from(c)
    .leftJoin(t.brands, eq(t.brands.id, c.brandId))
    .where(where)
    .orderBy(asc(c.startDate), asc(c.name))
    .all()
    .map(({ currency, budget, committed, paid, ...row }) => ({
      ...row,
      status: row.status as CampaignRow['status'],
      budget: { currency, budget, committed, paid, remaining: budget - Math.max(committed, paid) },
    }))
}

export const liveCampaigns = (orgId: string, ids?: string[]) =>
  and(eq(c.orgId, orgId), isNull(c.deletedAt), ids ? inArray(c.id, ids) : undefined)
