import type { Platform } from '#shared/domain/enums'
import { newId } from '../sqlite/ids.ts'
import * as t from '../sqlite/schema/index.ts'
import { withoutAccountSearchTriggers } from './bulk-insert.ts'
import {
  countries,
  niches,
  platformWeights,
  profileUrl,
  stageWeights,
  tiers,
} from './agency-profile.ts'
import {
  ascii,
  chunkSize,
  iso,
  stamp,
  type Agency,
  type DemoContext,
  type Roster,
} from './context.ts'

/**
 * The roster: influencers with their accounts and months of stats, written a chunk per
 * transaction. Also decides each one's column on the board and owner, kept in the
 * returned Roster for the steps that follow.
 */
export function seedRoster(ctx: DemoContext, { orgId, ownerWeights }: Agency): Roster {
  const { bulk, faker, pick, weighted, between, int, chance, daysAgo } = ctx
  const { inTransaction, progress } = ctx
  const client = ctx.db.$client
  const size = ctx.size.influencers
  const roster: Roster = {
    ids: new Array<string>(size),
    names: new Array<string>(size),
    firsts: new Array<string>(size),
    handles: new Array<string>(size),
    platform: new Array<Platform>(size),
    followers: new Int32Array(size),
    engagement: new Float32Array(size),
    stage: new Uint8Array(size),
    owner: new Uint8Array(size),
    country: new Array<string>(size),
    createdAt: new Float64Array(size),
  }
  const cities = Array.from({ length: 300 }, () => faker.location.city())
  const takenHandles = new Map<Platform, Set<string>>(platformWeights.map(([p]) => [p, new Set()]))
  const takenEmails = new Set<string>()
  const uniqueHandle = (platform: Platform, base: string) => {
    const taken = takenHandles.get(platform)!
    let handle = base.slice(0, 28) || 'creator'
    while (taken.has(handle)) handle = `${base.slice(0, 24)}${int(2, 9999)}`
    taken.add(handle)
    return handle
  }
  const stageEntries = stageWeights.map((w, i): [number, number] => [i, w])
  const countryEntries = countries.map(([c, l, w]) => [[c, l] as const, w] as const)
  const tierEntries = tiers.map((tier) => [tier, tier.weight] as const)

  for (let start = 0; start < size; start += chunkSize) {
    const end = Math.min(size, start + chunkSize)
    const influencerRows: (typeof t.influencers.$inferInsert)[] = []
    const accountRows: (typeof t.influencerAccounts.$inferInsert)[] = []
    const statRows: (typeof t.influencerStatsHistory.$inferInsert)[] = []
    for (let i = start; i < end; i++) {
      const sex = chance(0.62) ? 'female' : 'male'
      const first = faker.person.firstName(sex)
      const last = faker.person.lastName()
      const name = `${first} ${last}`
      const [country, language] = weighted(countryEntries)
      const tier = weighted(tierEntries)
      const followers = Math.round(Math.exp(between(Math.log(tier.min), Math.log(tier.max))))
      const engagement = Math.round(between(tier.er[0], tier.er[1]) * 100) / 100
      const niche = [pick(niches), ...(chance(0.6) ? [pick(niches)] : [])]
      const platformCount = weighted([
        [1, 45],
        [2, 40],
        [3, 15],
      ])
      const platforms: Platform[] = []
      while (platforms.length < platformCount) {
        const p = weighted(platformWeights)
        if (!platforms.includes(p)) platforms.push(p)
      }
      const f = ascii(first)
      const l = ascii(last)
      const baseHandle = pick([
        `${f}${l}`,
        `${f}.${l}`,
        `${f}_${l}`,
        `${f}${niche[0]}`,
        `the${f}${l}`,
        `${f}.${niche[0]}`,
        `${l}${f}`,
      ])
      const id = newId()
      const createdAt = daysAgo(between(10, 700))
      const primary = platforms[0]!
      const handles = platforms.map((p) => uniqueHandle(p, baseHandle))
      let email: string | null = null
      if (chance(0.88)) {
        const domain = pick([
          'gmail.com',
          'gmail.com',
          'outlook.com',
          'icloud.com',
          'yahoo.com',
          `${l}media.example`,
        ])
        email = `${handles[0]!.replace(/_/g, '.')}@${domain}`
        while (takenEmails.has(email)) email = `${handles[0]}${int(2, 999)}@${domain}`
        takenEmails.add(email)
      }
      const verified = tier.min >= 500_000 ? chance(0.8) : tier.min >= 100_000 && chance(0.25)
      const postRate = Math.max(150, Math.round(followers / 100) * 1) * 100
      influencerRows.push({
        id,
        orgId,
        name,
        email,
        phone: chance(0.3) ? faker.phone.number({ style: 'international' }) : null,
        bio: `${niche.map((n) => n[0]!.toUpperCase() + n.slice(1)).join(' & ')} creator in ${pick(cities)}. ${pick(
          [
            'Collabs: see email below.',
            'Sharing what I actually use.',
            'New videos every week.',
            'Mum of two, coffee first.',
            'Honest reviews, no fluff.',
            'DM for partnerships.',
          ],
        )}`,
        avatarUrl: null,
        country,
        language,
        nicheTags: [...new Set(niche)],
        primaryPlatform: primary,
        profileUrl: profileUrl[primary](handles[0]!),
        followers,
        engagementRate: engagement,
        audienceDemographics: {
          gender: { female: sex === 'female' ? int(55, 85) : int(25, 50) },
          ageBands: {
            '13-17': int(2, 10),
            '18-24': int(20, 40),
            '25-34': int(25, 45),
            '35+': int(10, 30),
          },
          topCountries: [country, pick(['US', 'GB', 'CA', 'DE', 'BR'])],
        },
        rateCard: {
          currency: 'USD',
          post: postRate,
          story: Math.round(postRate * 0.35),
          video: Math.round(postRate * 1.8),
        },
        source: weighted([
          ['manual', 55],
          ['import', 30],
          ['apify', 15],
        ] as const),
        ...stamp(createdAt),
      })
      platforms.forEach((platform, n) => {
        const accountFollowers = n === 0 ? followers : Math.round(followers * between(0.05, 0.6))
        accountRows.push({
          id: newId(),
          orgId,
          influencerId: id,
          platform,
          handle: handles[n]!,
          url: profileUrl[platform](handles[n]!),
          followers: accountFollowers,
          verified: n === 0 && verified,
          ...stamp(createdAt),
        })
      })
      const points = int(2, 6)
      const monthlyGrowth = between(-0.01, 0.06)
      for (let p = points - 1; p >= 0; p--) {
        const past = Math.round(followers / (1 + monthlyGrowth) ** p)
        const authenticity = Math.round(between(0.62, 0.98) * 100) / 100
        const risk = authenticity > 0.85 ? 'low' : authenticity > 0.72 ? 'medium' : 'high'
        const er = Math.max(0.1, Math.round((engagement + between(-0.6, 0.6)) * 100) / 100)
        const snapshotIso = iso(daysAgo(p * 30 + int(0, 3)))
        statRows.push({
          id: newId(),
          orgId,
          influencerId: id,
          platform: primary,
          followers: past,
          following: int(80, 1500),
          posts: int(80, 2400) - p * int(4, 12),
          engagementRate: er,
          averageLikes: Math.round((past * er) / 100),
          averageComments: Math.round((past * er) / 100 / between(20, 60)),
          reach: Math.round(past * between(0.15, 0.55)),
          impressions: Math.round(past * between(0.3, 1.2)),
          audienceGrowth: Math.round(monthlyGrowth * 10_000) / 100,
          authenticityScore: authenticity,
          fakeFollowerRisk: risk,
          fakeFollowerRiskScore: Math.round((1 - authenticity) * 100) / 100,
          dataSource: pick(['apify', 'manual', 'platform_api']),
          snapshotAt: snapshotIso,
          createdAt: snapshotIso,
          updatedAt: snapshotIso,
        })
      }
      roster.ids[i] = id
      roster.names[i] = name
      roster.firsts[i] = first
      roster.handles[i] = handles[0]!
      roster.platform[i] = primary
      roster.followers[i] = followers
      roster.engagement[i] = engagement
      roster.stage[i] = weighted(stageEntries)
      roster.owner[i] = weighted(ownerWeights)
      roster.country[i] = country
      roster.createdAt[i] = createdAt
    }
    inTransaction(() => {
      // Accounts first, so the influencers' own search trigger indexes their handles in
      // one go; the reference to the influencer is checked at commit instead.
      client.pragma('defer_foreign_keys = ON')
      withoutAccountSearchTriggers(client, () => bulk.insert(t.influencerAccounts, accountRows))
      bulk.insert(t.influencers, influencerRows)
      bulk.insert(t.influencerStatsHistory, statRows)
    })
    progress(end - start)
  }
  return roster
}
