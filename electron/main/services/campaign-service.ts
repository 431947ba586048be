import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError } from '#shared/contract/index'
import { buildUtmUrl, defaultUtm } from '#shared/domain/utm'
import type { Handlers } from '../core/dispatch.ts'
import { campaignRows, liveCampaigns } from './campaign-queries.ts'
import type { ServiceContext } from './context.ts'
import { editHandlers } from './crud.ts'
import { defined, requireRow } from './rows.ts'

const c = t.campaigns
const ci = t.campaignInfluencers
const d = t.deliverables

export function campaignService(ctx: ServiceContext) {
  const { db, writer, orgId, userId } = ctx
  const row = (id: string) => campaignRows(db, liveCampaigns(orgId(), [id]))[0]!
  const live = (table: { campaignId: SQLiteColumn; deletedAt: SQLiteColumn }, campaignId: string) =>
    and(eq(table.campaignId, campaignId), isNull(table.deletedAt))

  const influencerRows = (where: ReturnType<typeof and>) =>
    db
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
      .all() as never[]
  const influencerRow = (id: string) => influencerRows(eq(ci.id, id))[0]!

  const productRows = (where: ReturnType<typeof and>) =>
    db
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

  const deliverable = (id: string) => db.select().from(d).where(eq(d.id, id)).get() as never

  return {
    'campaigns.list': ({ status, brandId, search }) =>
      campaignRows(
        db,
        and(
          liveCampaigns(orgId()),
          status?.length ? inArray(c.status, status) : undefined,
          brandId ? eq(c.brandId, brandId) : undefined,
          search ? like(c.name, `%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`) : undefined,
        ),
      ),

    'campaigns.get': ({ id }) => {
      const campaign = requireRow(db, c, id, orgId(), 'campaign')
      return {
        ...row(id),
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
        influencers: influencerRows(live(ci, id)),
        deliverables: db
          .select()
          .from(d)
          .where(live(d, id))
          .orderBy(asc(d.dueDate))
          .all() as never[],
        products: productRows(live(t.campaignProducts, id)),
        offers: db
          .select()
          .from(t.offers)
          .where(live(t.offers, id))
          .orderBy(asc(t.offers.createdAt))
          .all() as never[],
        contracts: db.select().from(t.contracts).where(live(t.contracts, id)).all() as never[],
        payments: db
          .select()
          .from(t.payments)
          .where(live(t.payments, id))
          .orderBy(asc(t.payments.createdAt))
          .all() as never[],
        financialDocuments: db
          .select()
          .from(t.financialDocuments)
          .where(live(t.financialDocuments, id))
          .all() as never[],
      }
    },

    'campaigns.create': (input) => {
      const id = newId()
      writer.write((tx) =>
        tx.insert(c, {
          id,
          orgId: orgId(),
          ownerId: userId(),
          ...defined(input),
          name: input.name,
        }),
      )
      return row(id)
    },
    ...editHandlers(ctx, 'campaigns', c, 'campaign', row),

    'campaigns.addInfluencer': ({ campaignId, influencerId, ...rest }) => {
      const campaign = requireRow(db, c, campaignId, orgId(), 'campaign')
      requireRow(db, t.influencers, influencerId, orgId(), 'influencer')
      const id = newId()
      writer.write((tx) =>
        tx.insert(ci, {
          id,
          orgId: orgId(),
          campaignId,
          influencerId,
          userId: userId(),
          currency: campaign.currency,
          ...defined(rest),
        }),
      )
      return influencerRow(id)
    },
    'campaigns.updateInfluencer': ({ id, patch }) => {
      requireRow(db, ci, id, orgId(), 'campaign influencer')
      writer.write((tx) => tx.update(ci, id, defined(patch)))
      return influencerRow(id)
    },
    'campaigns.removeInfluencer': ({ id }) => {
      requireRow(db, ci, id, orgId(), 'campaign influencer')
      writer.write((tx) => tx.remove(ci, id))
      return { id }
    },

    'campaigns.buildUtm': ({ campaignInfluencerId, landingPage, ...overrides }) => {
      const link = requireRow(db, ci, campaignInfluencerId, orgId(), 'campaign influencer')
      const campaign = requireRow(db, c, link.campaignId, orgId(), 'campaign')
      const influencer = requireRow(db, t.influencers, link.influencerId, orgId(), 'influencer')
      const defaults = defaultUtm({
        campaignName: campaign.name,
        influencerName: influencer.name,
        platform: influencer.primaryPlatform,
      })
      const params = {
        source: overrides.utmSource || defaults.source,
        medium: overrides.utmMedium || defaults.medium,
        campaign: overrides.utmCampaign || defaults.campaign,
        content: overrides.utmContent || defaults.content,
        term: overrides.utmTerm || null,
      }
      let utmUrl: string
      try {
        utmUrl = buildUtmUrl(landingPage, params)
      } catch (error) {
        throw new CrmError('invalid_input', (error as Error).message, {
          landingPage: (error as Error).message,
        })
      }
      writer.write((tx) =>
        tx.update(ci, campaignInfluencerId, {
          utmSource: params.source,
          utmMedium: params.medium,
          utmCampaign: params.campaign,
          utmContent: params.content,
          utmTerm: params.term,
          utmUrl,
        }),
      )
      return influencerRow(campaignInfluencerId)
    },

    'campaigns.addProduct': ({ campaignId, productId, quantity, discountPercent }) => {
      requireRow(db, c, campaignId, orgId(), 'campaign')
      requireRow(db, t.products, productId, orgId(), 'product')
      const id = newId()
      writer.write((tx) =>
        tx.insert(t.campaignProducts, {
          id,
          orgId: orgId(),
          campaignId,
          productId,
          quantity,
          discountPercent: discountPercent ?? null,
        }),
      )
      return productRows(eq(t.campaignProducts.id, id))[0]!
    },
    'campaigns.removeProduct': ({ id }) => {
      requireRow(db, t.campaignProducts, id, orgId(), 'campaign product')
      writer.write((tx) => tx.remove(t.campaignProducts, id))
      return { id }
    },

    'deliverables.create': (input) => {
      const campaign = requireRow(db, c, input.campaignId, orgId(), 'campaign')
      const id = newId()
      writer.write((tx) =>
        tx.insert(d, {
          id,
          orgId: orgId(),
          currency: campaign.currency,
          ...defined(input),
          campaignId: input.campaignId,
          type: input.type,
        }),
      )
      return deliverable(id)
    },
    ...editHandlers(ctx, 'deliverables', d, 'deliverable', deliverable),
  } satisfies Partial<Handlers>
}
