import { buildUtmUrl, defaultUtm } from '#shared/domain/utm'
import { newId } from '../sqlite/ids.ts'
import { agreed } from './agency-profile.ts'
import type { CampaignLink } from './campaigns.ts'
import type { CampaignJob, CampaignWork, Deal } from './campaign-work.ts'
import { ascii, dayMs, iso, stamp, type Agency, type DemoContext, type Roster } from './context.ts'

/**
 * One person in a campaign: their place in it (with UTM link and promo code), the offers
 * made to them, and the contract once an offer is accepted.
 */
export function openDeal(
  ctx: DemoContext,
  { orgId, staff }: Agency,
  roster: Roster,
  { ciRows, offerRows, contractRows, documentRows, templateIds }: CampaignWork,
  { campaign, created }: CampaignJob,
  link: CampaignLink,
): Deal {
  const { pick, between, int, chance } = ctx
  const i = link.influencer
  const ciId = newId()
  const platform = roster.platform[i]!
  const rate = Math.min(
    5_000_000,
    Math.max(15_000, Math.round(roster.followers[i]! / 5_000) * 5_000),
  )
  const utm = defaultUtm({
    campaignName: campaign.name,
    influencerName: roster.names[i]!,
    platform,
  })
  const first = roster.firsts[i]!
  const linkCreated = created + between(1, 10) * dayMs
  ciRows.push({
    id: ciId,
    orgId,
    campaignId: campaign.id,
    influencerId: roster.ids[i]!,
    userId: campaign.ownerId,
    status: link.status,
    rate,
    currency: 'USD',
    utmSource: utm.source,
    utmMedium: utm.medium,
    utmCampaign: utm.campaign,
    utmContent: utm.content ?? null,
    utmTerm: null,
    utmUrl: buildUtmUrl(campaign.landingPage, utm),
    promoCode: chance(0.6)
      ? `${ascii(first).toUpperCase().slice(0, 10)}${pick([10, 15, 20])}`
      : null,
    notes: chance(0.2) ? 'Wants to see the product before confirming.' : null,
    ...stamp(linkCreated),
  })
  const isAgreed = agreed.includes(link.status)

  // Offers: at most one pending, countered or accepted per person and campaign.
  let offerId: string | null = null
  let offerStatus:
    'pending' | 'counter' | 'accepted' | 'completed' | 'rejected' | 'expired' | null = null
  if (link.status === 'invited') offerStatus = chance(0.7) ? 'pending' : 'counter'
  else if (link.status === 'declined') offerStatus = 'rejected'
  else if (link.status === 'cancelled') offerStatus = chance(0.5) ? 'expired' : null
  else if (link.status === 'paid') offerStatus = 'completed'
  else if (isAgreed) offerStatus = 'accepted'
  if (offerStatus) {
    let version = 1
    if ((offerStatus === 'accepted' || offerStatus === 'completed') && chance(0.3)) {
      // An earlier offer the influencer turned down, then a better one.
      offerRows.push({
        id: newId(),
        orgId,
        campaignId: campaign.id,
        influencerId: roster.ids[i]!,
        price: Math.round((rate * 0.75) / 100) * 100,
        currency: 'USD',
        terms: { deliverables: 1, usageDays: 30 },
        status: 'rejected',
        version: 1,
        counterBy: null,
        expiresAt: iso(linkCreated + 7 * dayMs),
        acceptedAt: null,
        rejectedAt: iso(linkCreated + 2 * dayMs),
        ...stamp(linkCreated),
      })
      version = 2
    }
    offerId = newId()
    const offered = linkCreated + 3 * dayMs
    offerRows.push({
      id: offerId,
      orgId,
      campaignId: campaign.id,
      influencerId: roster.ids[i]!,
      price: rate,
      currency: 'USD',
      terms: {
        deliverables: int(1, 3),
        usageDays: pick([30, 60, 90]),
        exclusivityDays: pick([0, 14, 30]),
      },
      status: offerStatus,
      version: offerStatus === 'counter' ? version + 1 : version,
      counterBy: offerStatus === 'counter' ? pick(['brand', 'influencer'] as const) : null,
      expiresAt: iso(offered + 14 * dayMs),
      acceptedAt:
        offerStatus === 'accepted' || offerStatus === 'completed' ? iso(offered + 2 * dayMs) : null,
      rejectedAt: offerStatus === 'rejected' ? iso(offered + 3 * dayMs) : null,
      ...stamp(offered),
    })
  }

  // Contracts for every accepted offer; signed once the person is contracted.
  let contractId: string | null = null
  if (offerId && (offerStatus === 'accepted' || offerStatus === 'completed')) {
    contractId = newId()
    const signed = link.status !== 'accepted'
    const disputed = signed && link.status === 'published' && chance(0.05)
    const contractStatus = disputed
      ? 'disputed'
      : link.status === 'accepted'
        ? 'pending'
        : link.status === 'contracted'
          ? 'signed'
          : link.status === 'paid'
            ? 'completed'
            : 'active'
    let documentId: string | null = null
    if (signed && chance(0.5)) {
      documentId = newId()
      documentRows.push({
        id: documentId,
        orgId,
        ownerId: campaign.ownerId,
        kind: 'contract',
        title: `Creator agreement: ${roster.names[i]} x ${campaign.brand.name}`,
        status: 'signed',
        campaignId: campaign.id,
        influencerId: roster.ids[i]!,
        templateId: templateIds.contract,
        preview: `This agreement between Northwind Talent and ${roster.names[i]} covers ${campaign.name}. Fee: $${(rate / 100).toLocaleString('en-US')}. Usage rights: 90 days organic.`,
        pdfPath: null,
        visibility: 'team',
        ...stamp(linkCreated + 6 * dayMs),
      })
    }
    contractRows.push({
      id: contractId,
      orgId,
      campaignId: campaign.id,
      offerId,
      influencerId: roster.ids[i]!,
      documentId,
      status: contractStatus,
      content: {
        rate,
        currency: 'USD',
        usageRights: '90 days organic, no paid whitelisting',
        paymentTerms: 'Net 30 after publication',
        exclusivity: 'No competing brands for 14 days',
      },
      signedBy: signed ? { agency: staff[0]!.name, influencer: roster.names[i] } : null,
      signedAt: signed ? iso(linkCreated + 7 * dayMs) : null,
      disputeStatus: disputed ? 'pending' : null,
      disputeReason: disputed ? 'Post went live two days after the agreed date.' : null,
      disputeEvidence: null,
      disputeResolution: null,
      ...stamp(linkCreated + 5 * dayMs),
    })
  }
  return { link, i, ciId, platform, rate, utm, linkCreated, isAgreed, contractId }
}
