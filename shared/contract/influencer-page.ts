import { z } from 'zod'
import { CampaignInfluencerStatus, CampaignStatus } from '../domain/enums.ts'
import { Id } from './common.ts'

/** One campaign an influencer is in, as the influencer's page lists it. */
export const InfluencerCampaignRow = z.object({
  campaignInfluencerId: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  brandName: z.string().nullable(),
  campaignStatus: CampaignStatus,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Where this influencer stands in the campaign (invited, contracted, published...). */
  status: CampaignInfluencerStatus,
  /** Minor units of `currency`. */
  rate: z.number().int().nullable(),
  currency: z.string(),
})
export type InfluencerCampaignRow = z.infer<typeof InfluencerCampaignRow>

/** What the influencer page shows beyond the influencer itself. */
export const influencerPageChannels = {
  /** Campaigns the influencer is in, newest first. */
  'influencers.campaigns': {
    input: z.object({ influencerId: Id }),
    output: z.array(InfluencerCampaignRow),
  },
} as const
