import { and, eq } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type campaignInfluencerStatuses } from '#shared/contract/index'
import { buildUtmUrl, defaultUtm } from '#shared/domain/utm'
import type { Handlers } from '../core/dispatch.ts'
import type { WriteTx } from '../store/writer.ts'
import { influencerRows, productRows } from './campaign-queries.ts'
import type { ServiceContext } from './context.ts'
import { defined, requireRow } from './rows.ts'

const c = t.campaigns
const ci = t.campaignInfluencers
const cp = t.campaignProducts

type LinkFields = {
  rate?: number | null | undefined
  currency?: string | undefined
  status?: (typeof campaignInfluencerStatuses)[number] | undefined
}

/**
 * Who and what a campaign holds: its influencers (with their tracked links) and the
 * products it seeds. A pair is unique even after removal (the tombstone keeps it), so
 * adding someone removed earlier brings their row back instead of making a second one.
 */
export function rosterHandlers({ db, writer, orgId, userId }: ServiceContext) {
  const influencerRow = (id: string) => influencerRows(db, eq(ci.id, id))[0]!
  const productRow = (id: string) => productRows(db, eq(cp.id, id))[0]!

  const existingLink = (campaignId: string, influencerId: string) =>
    db
      .select()
      .from(ci)
      .where(
        and(
          eq(ci.orgId, orgId()),
          eq(ci.campaignId, campaignId),
          eq(ci.influencerId, influencerId),
        ),
      )
      .get()

  /** Puts one influencer on the campaign inside `tx`; returns the link's id. */
  const link = (
    tx: WriteTx,
    campaign: typeof c.$inferSelect,
    influencerId: string,
    fields: LinkFields,
  ): string => {
    const existing = existingLink(campaign.id, influencerId)
    if (existing) {
      tx.restore(ci, existing.id)
      tx.update(ci, existing.id, { status: 'planned', ...defined(fields) })
      return existing.id
    }
    const id = newId()
    tx.insert(ci, {
      id,
      orgId: orgId(),
      campaignId: campaign.id,
      influencerId,
      userId: userId(),
      currency: campaign.currency,
      ...defined(fields),
    })
    return id
  }

  return {
    'campaigns.addInfluencer': ({ campaignId, influencerId, ...fields }) => {
      const campaign = requireRow(db, c, campaignId, orgId(), 'campaign')
      requireRow(db, t.influencers, influencerId, orgId(), 'influencer')
      if (existingLink(campaignId, influencerId)?.deletedAt === null) {
        throw new CrmError('conflict', 'This influencer is already in the campaign.')
      }
      return influencerRow(writer.write((tx) => link(tx, campaign, influencerId, fields)))
    },
    'campaigns.addInfluencers': ({ campaignId, influencerIds }) => {
      const campaign = requireRow(db, c, campaignId, orgId(), 'campaign')
      const wanted = [...new Set(influencerIds)]
      for (const id of wanted) requireRow(db, t.influencers, id, orgId(), 'influencer')
      const ids = writer.write((tx) =>
        wanted.map((influencerId) => {
          const existing = existingLink(campaignId, influencerId)
          return existing?.deletedAt === null ? existing.id : link(tx, campaign, influencerId, {})
        }),
      )
      return ids.map(influencerRow)
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
    'campaigns.restoreInfluencer': ({ id }) => {
      const row = db
        .select()
        .from(ci)
        .where(and(eq(ci.id, id), eq(ci.orgId, orgId())))
        .get()
      if (!row) throw new CrmError('not_found', 'That campaign influencer no longer exists.')
      requireRow(db, c, row.campaignId, orgId(), 'campaign')
      if (row.deletedAt !== null) writer.write((tx) => tx.restore(ci, id))
      return influencerRow(id)
    },

    'campaigns.buildUtm': ({ campaignInfluencerId, landingPage, ...overrides }) => {
      const row = requireRow(db, ci, campaignInfluencerId, orgId(), 'campaign influencer')
      const campaign = requireRow(db, c, row.campaignId, orgId(), 'campaign')
      const influencer = requireRow(db, t.influencers, row.influencerId, orgId(), 'influencer')
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
      const existing = db
        .select()
        .from(cp)
        .where(
          and(eq(cp.orgId, orgId()), eq(cp.campaignId, campaignId), eq(cp.productId, productId)),
        )
        .get()
      if (existing?.deletedAt === null) {
        throw new CrmError('conflict', 'This product is already in the campaign.')
      }
      const fields = { quantity, discountPercent: discountPercent ?? null }
      const id = writer.write((tx) => {
        if (existing) {
          tx.restore(cp, existing.id)
          tx.update(cp, existing.id, fields)
          return existing.id
        }
        const id = newId()
        tx.insert(cp, { id, orgId: orgId(), campaignId, productId, ...fields })
        return id
      })
      return productRow(id)
    },
    'campaigns.removeProduct': ({ id }) => {
      requireRow(db, cp, id, orgId(), 'campaign product')
      writer.write((tx) => tx.remove(cp, id))
      return { id }
    },
    'campaigns.restoreProduct': ({ id }) => {
      const row = db
        .select()
        .from(cp)
        .where(and(eq(cp.id, id), eq(cp.orgId, orgId())))
        .get()
      if (!row) throw new CrmError('not_found', 'That product is no longer in the campaign.')
      if (row.deletedAt !== null) writer.write((tx) => tx.restore(cp, id))
      return productRow(id)
    },
  } satisfies Partial<Handlers>
}
