import { z } from 'zod'
import { Currency, Money, OpportunityStage } from '../domain/enums.ts'
import { crudChannels, Id, IsoTime } from './common.ts'

export const OpportunityRow = z.object({
  id: z.string(),
  name: z.string(),
  campaignId: z.string().nullable(),
  influencerId: z.string().nullable(),
  amount: z.number().int(),
  currency: z.string(),
  stage: OpportunityStage,
  closeDate: z.string().nullable(),
  utmSource: z.string().nullable(),
  utmCampaign: z.string().nullable(),
  utmContent: z.string().nullable(),
})

const opportunityFields = {
  name: z.string().trim().min(1, 'A deal needs a name').max(200),
  campaignId: Id.nullish(),
  influencerId: Id.nullish(),
  ownerId: Id.nullish(),
  amount: Money,
  currency: Currency.optional(),
  stage: OpportunityStage.optional(),
  closeDate: IsoTime.nullish(),
  utmSource: z.string().max(100).nullish(),
  utmMedium: z.string().max(100).nullish(),
  utmCampaign: z.string().max(100).nullish(),
  utmContent: z.string().max(100).nullish(),
  utmTerm: z.string().max(100).nullish(),
}

/** Seed 003: revenue attributed to a campaign over what it spent. */
export const Roi = z.object({
  currency: z.string(),
  attributedRevenue: z.number().int(),
  spend: z.number().int(),
  /** Revenue over spend; null when nothing was spent yet. */
  roi: z.number().nullable(),
  wonDeals: z.number().int(),
})

export const opportunityChannels = {
  'opportunities.list': {
    input: z.object({ campaignId: Id.optional(), influencerId: Id.optional() }),
    output: z.array(OpportunityRow),
  },
  ...crudChannels('opportunities', opportunityFields, opportunityFields, OpportunityRow),
  /** Attributes a deal to a campaign and influencer by its UTM values, when not linked already. */
  'opportunities.roi': { input: z.object({ campaignId: Id.optional() }), output: Roi },
} as const
