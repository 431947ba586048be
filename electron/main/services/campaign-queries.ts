import { and, asc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import type {
  CampaignDetail,
  CampaignInfluencerRow,
  CampaignProductRow,
  CampaignRow,
} from '#shared/contract/index'

const c = t.campaigns
const ci = t.campaignInfluencers

/**
 * Money promised (accepted offers) and money gone (captured or released payments), in the
 * campaign's currency: an amount in another currency is never added to its budget's figures.
 */
export const committedSql = sql<number>`coalesce((select sum(o.price) from ${t.offers} o where o.campaign_id = ${c.id} and o.deleted_at is null and o.currency = ${c.currency} and o.status in ('accepted', 'completed')), 0)`
export const paidSql = sql<number>`coalesce((select sum(p.amount) from ${t.payments} p where p.campaign_id = ${c.id} and p.deleted_at is null and p.currency = ${c.currency} and p.status in ('captured', 'released')), 0)`

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

export function influencerRows(db: LocalDb, where: SQL | undefined): CampaignInfluencerRow[] {
  return db
    .select({
      id: ci.id,
      campaignId: ci.campaignId,
      influencerId: ci.influencerId,
      influencerName: t.influencers.name,
      primaryPlatform: t.influencers.primaryPlatform,
      status: ci.status,
      rate: ci.rate,
      currency: ci.currency,
      utmSource: ci.utmSource,
      utmMedium: ci.utmMedium,
      utmCampaign: ci.utmCampaign,
      utmContent: ci.utmContent,
      utmTerm: ci.utmTerm,
      utmUrl: ci.utmUrl,
      promoCode: ci.promoCode,
      notes: ci.notes,
    })
    .from(ci)
    .innerJoin(t.influencers, eq(t.influencers.id, ci.influencerId))
    .where(where)
    .orderBy(asc(t.influencers.name))
    .all() as CampaignInfluencerRow[]
}

export function productRows(db: LocalDb, where: SQL | undefined): CampaignProductRow[] {
  return db
    .select({
      id: t.campaignProducts.id,
      productId: t.campaignProducts.productId,
      productName: t.products.name,
      quantity: t.campaignProducts.quantity,
      discountPercent: t.campaignProducts.discountPercent,
    })
    .from(t.campaignProducts)
    .innerJoin(t.products, eq(t.products.id, t.campaignProducts.productId))
    .where(where)
    .all()
}

type DealTable = typeof t.offers | typeof t.contracts | typeof t.payments

/** A campaign's deals with their influencer's name, the influencer's own deletion aside. */
function dealRows(db: LocalDb, table: DealTable, campaignId: string) {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>
  return db
    .select({ ...columns, influencerName: t.influencers.name })
    .from(table)
    .innerJoin(t.influencers, eq(t.influencers.id, table.influencerId))
    .where(and(eq(table.campaignId, campaignId), isNull(table.deletedAt)))
    .orderBy(asc(table.createdAt))
    .all()
}

const liveOf = (table: { campaignId: SQLiteColumn; deletedAt: SQLiteColumn }, campaignId: string) =>
  and(eq(table.campaignId, campaignId), isNull(table.deletedAt))

/** Everything the campaign page shows, read in one go so its figures agree with each other. */
export function campaignDetail(
  db: LocalDb,
  campaign: typeof c.$inferSelect,
  row: CampaignRow,
): CampaignDetail {
  const brandWebsite = campaign.brandId
    ? (db
        .select({ website: t.brands.website })
        .from(t.brands)
        .where(eq(t.brands.id, campaign.brandId))
        .get()?.website ?? null)
    : null
  const id = campaign.id
  return {
    ...row,
    brandWebsite,
    description: campaign.description,
    brief: campaign.brief,
    type: campaign.type,
    budgetMin: campaign.budgetMin,
    budgetMax: campaign.budgetMax,
    deliverableDeadline: campaign.deliverableDeadline,
    submissionDeadline: campaign.submissionDeadline,
    targetPlatforms: campaign.targetPlatforms,
    kpiTargets: campaign.kpiTargets,
    contentApprovalRequired: campaign.contentApprovalRequired,
    influencers: influencerRows(db, liveOf(ci, id)),
    deliverables: db
      .select()
      .from(t.deliverables)
      .where(liveOf(t.deliverables, id))
      .orderBy(asc(t.deliverables.dueDate))
      .all() as CampaignDetail['deliverables'],
    products: productRows(db, liveOf(t.campaignProducts, id)),
    offers: dealRows(db, t.offers, id) as CampaignDetail['offers'],
    contracts: dealRows(db, t.contracts, id) as CampaignDetail['contracts'],
    payments: dealRows(db, t.payments, id) as CampaignDetail['payments'],
    financialDocuments: db
      .select()
      .from(t.financialDocuments)
      .where(liveOf(t.financialDocuments, id))
      .orderBy(asc(t.financialDocuments.issueDate), asc(t.financialDocuments.documentNumber))
      .all() as CampaignDetail['financialDocuments'],
  }
}
