import { newId } from '../sqlite/ids.ts'
import { deliverablesFor, profileUrl } from './agency-profile.ts'
import type { CampaignJob, CampaignWork, Deal } from './campaign-work.ts'
import { dayMs, iso, stamp, type Agency, type DemoContext, type Roster } from './context.ts'

/** Deliverables the campaign asks of everyone, before anyone is assigned. */
export function openDeliverables(
  ctx: DemoContext,
  { orgId }: Agency,
  { deliverableRows }: CampaignWork,
  { campaign, created, due, products }: CampaignJob,
): void {
  const { pick, int } = ctx
  for (let d = int(1, 2); d > 0; d--) {
    const type = pick(deliverablesFor[campaign.platforms[0]!])
    deliverableRows.push({
      id: newId(),
      orgId,
      campaignId: campaign.id,
      campaignInfluencerId: null,
      type,
      count: int(1, 3),
      priceMin: 20_000,
      priceMax: 150_000,
      priceSuggested: 60_000,
      currency: 'USD',
      instructions: `One ${type.replace('_', ' ')} showing ${products[0]?.name ?? 'the product'} in daily use; tag @${campaign.brand.slug}.`,
      guidelines: {
        mustInclude: [`#${campaign.brand.slug}`, '#ad'],
        avoid: ['competitor brands'],
      },
      dueDate: iso(due),
      status: 'pending',
      postUrl: null,
      ...stamp(created),
    })
  }
}

/** Deliverables of agreed people, and how their posts performed. */
export function dealPosts(
  ctx: DemoContext,
  { orgId }: Agency,
  roster: Roster,
  { deliverableRows, metricRows, published }: CampaignWork,
  { campaign, startMs, due, products }: CampaignJob,
  { link, i, ciId, platform, rate, utm, linkCreated, isAgreed }: Deal,
): void {
  const { faker, pick, between, int, now } = ctx
  if (isAgreed) {
    for (let d = int(1, 2); d > 0; d--) {
      const type = pick(deliverablesFor[platform])
      const isLive = link.status === 'published' || link.status === 'paid'
      const deliverableId = newId()
      const postUrl = isLive
        ? `${profileUrl[platform](roster.handles[i]!).replace(/\/$/, '')}/${faker.string.alphanumeric(11)}`
        : null
      deliverableRows.push({
        id: deliverableId,
        orgId,
        campaignId: campaign.id,
        campaignInfluencerId: ciId,
        type,
        count: 1,
        priceMin: Math.round(rate * 0.8),
        priceMax: Math.round(rate * 1.2),
        priceSuggested: rate,
        currency: 'USD',
        instructions: `Show ${products[0]?.name ?? 'the product'} honestly; mention the promo code in the first 5 seconds.`,
        guidelines: { disclosure: '#ad', links: 'UTM link in bio' },
        dueDate: iso(due),
        status: isLive
          ? 'published'
          : link.status === 'approved'
            ? 'approved'
            : link.status === 'content_submitted'
              ? 'submitted'
              : link.status === 'contracted'
                ? 'in_progress'
                : 'pending',
        postUrl,
        ...stamp(linkCreated + 9 * dayMs),
      })
      if (isLive) {
        const postedAt = Math.min(now - 2 * dayMs, startMs + between(3, 20) * dayMs)
        let impressions = roster.followers[i]! * between(0.2, 0.8)
        for (let m = int(1, 3); m > 0; m--) {
          impressions *= between(1.05, 1.6)
          const reach = impressions * between(0.55, 0.85)
          const er = roster.engagement[i]! * between(0.7, 1.3)
          const likes = (reach * er) / 100
          metricRows.push({
            id: newId(),
            orgId,
            campaignId: campaign.id,
            campaignInfluencerId: ciId,
            deliverableId,
            platform,
            postUrl,
            impressions: Math.round(impressions),
            reach: Math.round(reach),
            likes: Math.round(likes),
            comments: Math.round(likes / between(15, 50)),
            shares: Math.round(likes / between(10, 40)),
            clicks: Math.round(reach * between(0.002, 0.02)),
            engagementRate: Math.round(er * 100) / 100,
            measuredAt: iso(Math.min(now, postedAt + m * 3 * dayMs)),
            ...stamp(Math.min(now, postedAt + m * 3 * dayMs)),
          })
        }
        const list = published.get(campaign.id) ?? []
        list.push({ ciId, influencer: i, utm })
        published.set(campaign.id, list)
      }
    }
  }
}

/** Deals the campaign brought in, attributed by the UTM values of the post behind them. */
export function campaignOpportunities(
  ctx: DemoContext,
  { orgId }: Agency,
  roster: Roster,
  { opportunityRows, published }: CampaignWork,
  { campaign, startMs, endMs }: CampaignJob,
): void {
  const { faker, pick, weighted, between, int, now } = ctx
  const live = published.get(campaign.id) ?? []
  if (live.length > 0) {
    for (let o = int(2, 6); o > 0; o--) {
      const source = pick(live)
      const stage =
        campaign.status === 'completed'
          ? weighted([
              ['closed_won', 60],
              ['closed_lost', 20],
              ['negotiation', 20],
            ] as const)
          : weighted([
              ['prospecting', 25],
              ['qualified', 25],
              ['proposal', 20],
              ['negotiation', 15],
              ['closed_won', 15],
            ] as const)
      const closed = stage === 'closed_won' || stage === 'closed_lost'
      opportunityRows.push({
        id: newId(),
        orgId,
        campaignId: campaign.id,
        influencerId: roster.ids[source.influencer]!,
        ownerId: campaign.ownerId,
        name: `${faker.company.name()}: ${pick(['wholesale order', 'retail listing', 'bulk order', 'subscription deal'])}`,
        amount: int(5, 500) * 10_000,
        currency: 'USD',
        stage,
        closeDate: iso(
          closed ? Math.min(now, endMs + between(-10, 20) * dayMs) : now + between(7, 60) * dayMs,
        ),
        utmSource: source.utm.source,
        utmMedium: source.utm.medium,
        utmCampaign: source.utm.campaign,
        utmContent: source.utm.content ?? null,
        utmTerm: null,
        ...stamp(Math.min(now, startMs + between(3, 30) * dayMs)),
      })
    }
  }
}
