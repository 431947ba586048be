import type { Platform } from '#shared/domain/enums'
import { utmSlug } from '#shared/domain/utm'
import { newId } from '../sqlite/ids.ts'
import * as t from '../sqlite/schema/index.ts'
import {
  agreed,
  campaignMix,
  campaignThemes,
  ciMix,
  ciSize,
  NEGOTIATING,
  PARTNERED,
  platformWeights,
  WARM,
  type CampaignStatus,
  type CiStatus,
} from './agency-profile.ts'
import type { Brand } from './clients.ts'
import { dayMs, iso, stamp, type Agency, type DemoContext, type Roster } from './context.ts'

/** One campaign as the later steps need it; dates are ms, null when not scheduled. */
export interface Campaign {
  id: string
  name: string
  status: CampaignStatus
  brand: Brand
  ownerId: string
  /** In cents. */
  budget: number
  start: number | null
  end: number | null
  platforms: Platform[]
  landingPage: string
  createdAt: number
}

/** An influencer (roster index) in a campaign, and how far their deal has got. */
export interface CampaignLink {
  campaign: Campaign
  influencer: number
  status: CiStatus
}

export interface Campaigns {
  campaigns: Campaign[]
  links: CampaignLink[]
  /** Roster index to the ids of the campaigns that person is in. */
  campaignsOf: Map<number, string[]>
}

/**
 * Campaigns in a realistic mix of statuses, and who is in each. Moves the people in them
 * along the board (roster.stage), so it runs before interactions and relationships.
 */
export function seedCampaigns(
  ctx: DemoContext,
  { orgId, managers }: Agency,
  brands: Brand[],
  roster: Roster,
): Campaigns {
  const { bulk, faker, pick, weighted, between, int, chance, now, today, daysAgo } = ctx
  const { inTransaction } = ctx
  const size = ctx.size.influencers
  const campaignCount = ctx.size.campaigns
  const campaignStatusList: CampaignStatus[] = []
  {
    // Largest remainder, so even 5 campaigns show several statuses.
    const totalWeight = campaignMix.reduce((n, [, w]) => n + w, 0)
    const shares = campaignMix.map(([s, w]) => ({ s, exact: (campaignCount * w) / totalWeight }))
    for (const share of shares)
      for (let i = 0; i < Math.floor(share.exact); i++) campaignStatusList.push(share.s)
    const rest = [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1))
    for (let i = 0; campaignStatusList.length < campaignCount; i++)
      campaignStatusList.push(rest[i % rest.length]!.s)
  }
  faker.helpers.shuffle(campaignStatusList, { inplace: true })

  const year = today.getUTCFullYear()
  const usedCampaignNames = new Set<string>()
  const campaigns = campaignStatusList.map((status, i): Campaign => {
    const brand = brands[i % brands.length]!
    let name = `${brand.name.split(' ')[0]} ${pick(campaignThemes)} ${year}`
    while (usedCampaignNames.has(name))
      name = `${brand.name.split(' ')[0]} ${pick(campaignThemes)} ${int(2, 9)}`
    usedCampaignNames.add(name)
    let start: number | null
    let end: number | null
    switch (status) {
      case 'completed':
        start = daysAgo(between(60, 320))
        end = start + between(20, 55) * dayMs
        break
      case 'active':
        start = daysAgo(between(5, 40))
        end = now + between(10, 60) * dayMs
        break
      case 'paused':
        start = daysAgo(between(10, 50))
        end = now + between(5, 40) * dayMs
        break
      case 'planned':
        start = now + between(5, 60) * dayMs
        end = start + between(20, 60) * dayMs
        break
      case 'cancelled':
        start = daysAgo(between(0, 120))
        end = start + 30 * dayMs
        break
      case 'draft':
        start = chance(0.5) ? now + between(30, 120) * dayMs : null
        end = start === null ? null : start + 30 * dayMs
        break
    }
    const budgetDollars = int(10, 500) * 500
    const platforms = [...new Set([weighted(platformWeights), weighted(platformWeights)])]
    return {
      id: newId(),
      name,
      status,
      brand,
      ownerId: pick(managers),
      budget: budgetDollars * 100,
      start,
      end,
      platforms,
      landingPage: `${brand.website}/${utmSlug(name)}`,
      createdAt: Math.min(start ?? now, now) - between(10, 40) * dayMs,
    }
  })

  // Who is in which campaign: mostly warm and partnered people, unique per campaign.
  const warmPool: number[] = []
  for (let i = 0; i < size; i++)
    if (roster.stage[i]! >= WARM && roster.stage[i]! <= PARTNERED) warmPool.push(i)
  const links: CampaignLink[] = []
  const campaignsOf = new Map<number, string[]>()
  for (const campaign of campaigns) {
    const [min, max] = ciSize[campaign.status]
    const wanted = Math.min(size, int(min, max))
    const chosen = new Set<number>()
    for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) {
      const fromWarm = warmPool.length > 0 && chance(0.7)
      chosen.add(fromWarm ? pick(warmPool) : int(0, size - 1))
    }
    for (const influencer of chosen) {
      const status = weighted(ciMix[campaign.status])
      links.push({ campaign, influencer, status })
      campaignsOf.set(influencer, [...(campaignsOf.get(influencer) ?? []), campaign.id])
      // The board agrees with the deals: agreed means partnered, talking means negotiating.
      if (agreed.includes(status)) roster.stage[influencer] = PARTNERED
      else if (status === 'invited' && roster.stage[influencer]! < NEGOTIATING)
        roster.stage[influencer] = NEGOTIATING
    }
  }

  // Campaigns go in before the interactions and tasks that refer to them.
  inTransaction(() =>
    bulk.insert(
      t.campaigns,
      campaigns.map((c) => ({
        id: c.id,
        orgId,
        brandId: c.brand.id,
        ownerId: c.ownerId,
        name: c.name,
        description: `${c.brand.name} x Northwind: ${c.platforms.join(' and ')} creators for ${c.name}.`,
        brief: {
          objective: pick(['awareness', 'sales', 'app installs', 'launch buzz']),
          audience: pick(['women 25-34', 'Gen Z', 'new parents', 'fitness beginners', 'gamers']),
          keyMessages: ['Made for real routines', 'Use the creator code for a discount'],
          landingPage: c.landingPage,
        },
        type: pick(['sponsored_content', 'product_seeding', 'affiliate', 'ambassador']),
        status: c.status,
        budget: c.budget,
        budgetMin: Math.round(c.budget * 0.8),
        budgetMax: Math.round(c.budget * 1.15),
        currency: 'USD',
        startDate: c.start === null ? null : iso(c.start),
        endDate: c.end === null ? null : iso(c.end),
        deliverableDeadline: c.end === null ? null : iso(c.end - 7 * dayMs),
        submissionDeadline: c.end === null ? null : iso(c.end - 14 * dayMs),
        targetPlatforms: c.platforms,
        kpiTargets: {
          impressions: int(2, 50) * 100_000,
          clicks: int(2, 40) * 1_000,
          conversions: int(1, 20) * 100,
        },
        contentApprovalRequired: chance(0.8),
        publishedAt:
          c.status === 'active' || c.status === 'completed' || c.status === 'paused'
            ? iso(c.start!)
            : null,
        completedAt: c.status === 'completed' ? iso(c.end!) : null,
        ...stamp(c.createdAt),
      })),
    ),
  )
  return { campaigns, links, campaignsOf }
}
