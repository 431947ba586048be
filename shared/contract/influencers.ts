import { z } from 'zod'
import { Platform, platforms } from '../domain/enums.ts'

export const InfluencerRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  primaryPlatform: Platform.nullable(),
  followers: z.number().int(),
  engagementRate: z.number().nullable(),
  country: z.string().nullable(),
})
export type InfluencerRow = z.infer<typeof InfluencerRow>

export const influencerChannels = {
  'influencers.list': {
    input: z.object({
      search: z.string().trim().max(200).optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ rows: z.array(InfluencerRow), total: z.number().int() }),
  },
  'influencers.create': {
    input: z.object({
      name: z.string().trim().min(1, 'Name is required').max(200),
      email: z.email('Email is not a valid address').optional(),
      primaryPlatform: z.enum(platforms, { error: 'Choose the main platform' }),
      followers: z.number().int().min(0, 'Followers cannot be negative').max(10_000_000_000),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/, 'Country is a two-letter ISO code, such as US')
        .optional(),
    }),
    output: InfluencerRow,
  },
} as const
