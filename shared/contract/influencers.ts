import { z } from 'zod'
import { Platform, platforms, Visibility } from '../domain/enums.ts'
import { ById, crudChannels, Id, IsoTime, Paging, Removed, Tags } from './common.ts'

export const InfluencerRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  primaryPlatform: Platform.nullable(),
  followers: z.number().int(),
  engagementRate: z.number().nullable(),
  country: z.string().nullable(),
  nicheTags: z.array(z.string()),
  stageId: z.string().nullable(),
  ownerId: z.string().nullable(),
})
export type InfluencerRow = z.infer<typeof InfluencerRow>

export const InfluencerAccount = z.object({
  id: z.string(),
  platform: Platform,
  handle: z.string(),
  url: z.string().nullable(),
  followers: z.number().int().nullable(),
  verified: z.boolean(),
})

export const StatsPoint = z.object({
  platform: Platform,
  followers: z.number().int().nullable(),
  engagementRate: z.number().nullable(),
  reach: z.number().int().nullable(),
  authenticityScore: z.number().nullable(),
  fakeFollowerRisk: z.string(),
  snapshotAt: z.string(),
})

export const RelationshipRow = z.object({
  id: z.string(),
  influencerId: z.string(),
  stageId: z.string(),
  ownerId: z.string().nullable(),
  position: z.number(),
  priority: z.number().int(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  lastContactedAt: z.string().nullable(),
  followUpDate: z.string().nullable(),
  relationshipStrength: z.number().int(),
  visibility: Visibility,
})
export type RelationshipRow = z.infer<typeof RelationshipRow>

export const InfluencerDetail = InfluencerRow.extend({
  phone: z.string().nullable(),
  bio: z.string().nullable(),
  language: z.string().nullable(),
  profileUrl: z.string().nullable(),
  source: z.string(),
  audienceDemographics: z.record(z.string(), z.unknown()).nullable(),
  rateCard: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  accounts: z.array(InfluencerAccount),
  stats: z.array(StatsPoint),
  relationship: RelationshipRow.nullable(),
})

/** The filters the seeds ask for, shared by the influencer table and the pipeline board. */
export const InfluencerFilters = z
  .object({
    search: z.string().trim().max(200).optional(),
    platforms: z.array(Platform).optional(),
    followersMin: z.number().int().min(0).optional(),
    followersMax: z.number().int().min(0).optional(),
    engagementMin: z.number().min(0).max(100).optional(),
    engagementMax: z.number().min(0).max(100).optional(),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
    niches: z.array(z.string()).optional(),
    tags: z.array(z.string()).optional(),
    stageIds: z.array(Id).optional(),
    ownerIds: z.array(Id).optional(),
    followUpDue: z.boolean().optional(),
  })
  .refine(
    (f) =>
      f.followersMin === undefined ||
      f.followersMax === undefined ||
      f.followersMin <= f.followersMax,
    { message: 'The lowest follower count is above the highest', path: ['followersMin'] },
  )
export type InfluencerFilters = z.infer<typeof InfluencerFilters>

const influencerFields = {
  name: z.string().trim().min(1, 'Name is required').max(200),
  email: z.email('Email is not a valid address').nullish(),
  phone: z.string().trim().max(50).nullish(),
  bio: z.string().max(5000).nullish(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Country is a two-letter ISO code, such as US')
    .nullish(),
  language: z.string().max(35).nullish(),
  nicheTags: Tags.optional(),
  primaryPlatform: z.enum(platforms, { error: 'Choose the main platform' }),
  profileUrl: z.url('Profile link is not a web address').nullish(),
  followers: z.number().int().min(0, 'Followers cannot be negative').max(10_000_000_000),
  engagementRate: z.number().min(0).max(100, 'Engagement is a percentage, 0 to 100').nullish(),
  audienceDemographics: z.record(z.string(), z.unknown()).nullish(),
  rateCard: z.record(z.string(), z.unknown()).nullish(),
}

export const influencerChannels = {
  'influencers.list': {
    input: z.object({
      filters: InfluencerFilters.optional(),
      search: z.string().trim().max(200).optional(),
      sort: z
        .object({
          by: z.enum(['name', 'followers', 'engagement', 'created']),
          dir: z.enum(['asc', 'desc']).default('asc'),
        })
        .optional(),
      ...Paging,
    }),
    output: z.object({ rows: z.array(InfluencerRow), total: z.number().int() }),
  },
  'influencers.get': { input: ById, output: InfluencerDetail },
  ...crudChannels(
    'influencers',
    {
      ...influencerFields,
      /** New influencers land in the pipeline's first column unless told otherwise. */
      addToPipeline: z.boolean().default(true),
    },
    influencerFields,
    InfluencerRow,
  ),
  'influencers.addAccount': {
    input: z.object({
      influencerId: Id,
      platform: Platform,
      handle: z
        .string()
        .trim()
        .min(1, 'Handle is required')
        .max(100)
        .transform((h) => h.replace(/^@/, '')),
      url: z.url().nullish(),
      followers: z.number().int().min(0).nullish(),
      verified: z.boolean().default(false),
    }),
    output: InfluencerAccount,
  },
  'influencers.removeAccount': { input: ById, output: Removed },
  'influencers.restoreAccount': { input: ById, output: Removed },
  'influencers.statsSince': {
    input: z.object({ influencerId: Id, since: IsoTime.optional() }),
    output: z.array(StatsPoint),
  },
} as const
