import { and, desc, eq, isNull, notInArray } from 'drizzle-orm'
import type { LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import type { MergeValues } from '#shared/documents/merge-fields'
import { formatMoney } from '#shared/domain/money'
import { campaignLink } from './rows.ts'

/** What a new document is about: the rows its merge fields are filled from. */
export interface FieldSources {
  orgId: string
  userId: string | null
  campaignId?: string | null | undefined
  influencerId?: string | null | undefined
  financial?: typeof t.financialDocuments.$inferSelect | null | undefined
  now: Date
}

const words = (value: string) => value.replaceAll('_', ' ')
const capitalized = (value: string) => value.charAt(0).toUpperCase() + words(value).slice(1)

/**
 * Merge-field values from the local replica, formatted as people read them (money in its
 * currency, dates in the organization's time zone). A field whose source is missing is
 * left out, so the template's `{{field}}` stays visible for the drafter to fill.
 */
export function mergeValues(db: LocalDb, sources: FieldSources): MergeValues {
  const { orgId, userId, campaignId, influencerId, financial, now } = sources
  const org = db.select().from(t.organizations).where(eq(t.organizations.id, orgId)).get()
  const day = (iso: string | Date | null | undefined) =>
    iso
      ? new Intl.DateTimeFormat(undefined, {
          dateStyle: 'long',
          timeZone: org?.timezone ?? 'UTC',
        }).format(new Date(iso))
      : null
  const user = userId ? db.select().from(t.users).where(eq(t.users.id, userId)).get() : undefined
  const values: MergeValues = {
    'organization.name': org?.name ?? null,
    'user.name': user?.name ?? null,
    today: day(now),
  }

  const influencer = influencerId
    ? db.select().from(t.influencers).where(eq(t.influencers.id, influencerId)).get()
    : undefined
  if (influencer) {
    const account = db
      .select({ platform: t.influencerAccounts.platform, handle: t.influencerAccounts.handle })
      .from(t.influencerAccounts)
      .where(
        and(
          eq(t.influencerAccounts.influencerId, influencer.id),
          isNull(t.influencerAccounts.deletedAt),
        ),
      )
      .orderBy(desc(t.influencerAccounts.followers))
      .get()
    Object.assign(values, {
      'influencer.name': influencer.name,
      'influencer.first_name': influencer.name.split(/\s+/)[0] ?? influencer.name,
      'influencer.email': influencer.email,
      'influencer.handle': account
        ? `@${account.handle.replace(/^@/, '')} on ${capitalized(account.platform)}`
        : null,
      'influencer.niche': influencer.nicheTags.length ? influencer.nicheTags.join(', ') : null,
    })
  }

  const campaign = campaignId
    ? db.select().from(t.campaigns).where(eq(t.campaigns.id, campaignId)).get()
    : undefined
  if (campaign) {
    const brand = campaign.brandId
      ? db.select().from(t.brands).where(eq(t.brands.id, campaign.brandId)).get()
      : undefined
    Object.assign(values, {
      'campaign.name': campaign.name,
      'campaign.description': campaign.description,
      'campaign.budget': formatMoney(campaign.budget, campaign.currency),
      'campaign.start': day(campaign.startDate),
      'campaign.end': day(campaign.endDate),
      'campaign.platforms': campaign.targetPlatforms.map(capitalized).join(', ') || null,
      'campaign.deliverables': deliverableLines(db, campaign.id, null),
      'brand.name': brand?.name ?? null,
    })
  }

  if (campaign && influencer) {
    const link = campaignLink(db, campaign.id, influencer.id)
    const fee = influencerFee(db, campaign, influencer.id)
    Object.assign(values, {
      'offer.price': fee ? formatMoney(fee.price, fee.currency) : null,
      'offer.deliverables':
        (link && deliverableLines(db, campaign.id, link.id)) ??
        values['campaign.deliverables'] ??
        null,
    })
  }

  if (financial) {
    Object.assign(values, {
      'document.number': financial.documentNumber,
      'document.total': formatMoney(financial.amount, financial.currency),
      'document.due': day(financial.dueDate),
    })
  }
  return values
}

/** "- 2 × Reel: show the product in the first three seconds", one line each. */
function deliverableLines(db: LocalDb, campaignId: string, linkId: string | null): string | null {
  const d = t.deliverables
  const rows = db
    .select({ type: d.type, count: d.count, instructions: d.instructions })
    .from(d)
    .where(
      and(
        eq(d.campaignId, campaignId),
        isNull(d.deletedAt),
        linkId ? eq(d.campaignInfluencerId, linkId) : isNull(d.campaignInfluencerId),
      ),
    )
    .all()
  if (rows.length === 0) return null
  return rows
    .map(
      (row) =>
        `- ${row.count} × ${capitalized(row.type)}${row.instructions ? `: ${row.instructions}` : ''}`,
    )
    .join('\n')
}

/** The fee agreed or on the table (the latest live offer); the planned rate when no offer was made yet. */
export function influencerFee(
  db: LocalDb,
  campaign: { id: string; currency: string },
  influencerId: string,
): { price: number; currency: string } | null {
  const offer = db
    .select({ price: t.offers.price, currency: t.offers.currency })
    .from(t.offers)
    .where(
      and(
        eq(t.offers.campaignId, campaign.id),
        eq(t.offers.influencerId, influencerId),
        isNull(t.offers.deletedAt),
        notInArray(t.offers.status, ['rejected', 'expired']),
      ),
    )
    .orderBy(desc(t.offers.version), desc(t.offers.createdAt))
    .get()
  if (offer) return offer
  const rate = campaignLink(db, campaign.id, influencerId)?.rate
  return rate == null ? null : { price: rate, currency: campaign.currency }
}
