import { z } from 'zod'
import {
  CampaignInfluencerStatus,
  CampaignStatus,
  Currency,
  DeliverableStatus,
  DeliverableType,
  Money,
  Platform,
} from '../domain/enums.ts'
import { ById, crudChannels, Id, IsoTime, Removed } from './common.ts'
import { ContractRow, FinancialDocumentRow, OfferRow, PaymentRow } from './deals.ts'

/** A campaign's deals name their influencer, even one since taken off the campaign. */
const named = { influencerName: z.string() }
export const CampaignOfferRow = OfferRow.extend(named)
export const CampaignContractRow = ContractRow.extend(named)
export const CampaignPaymentRow = PaymentRow.extend(named)
export type CampaignOfferRow = z.infer<typeof CampaignOfferRow>
export type CampaignContractRow = z.infer<typeof CampaignContractRow>
export type CampaignPaymentRow = z.infer<typeof CampaignPaymentRow>

/** Budget against what offers, contracts and payments have committed and paid. */
export const BudgetSummary = z.object({
  currency: z.string(),
  budget: z.number().int(),
  /** Accepted or completed offers: money the agency has promised. */
  committed: z.number().int(),
  /** Captured or released payments: money that has left. */
  paid: z.number().int(),
  remaining: z.number().int(),
})
export type BudgetSummary = z.infer<typeof BudgetSummary>

export const CampaignRow = z.object({
  id: z.string(),
  name: z.string(),
  brandId: z.string().nullable(),
  brandName: z.string().nullable(),
  status: CampaignStatus,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  influencerCount: z.number().int(),
  budget: BudgetSummary,
})
export type CampaignRow = z.infer<typeof CampaignRow>

export const CampaignInfluencerRow = z.object({
  id: z.string(),
  campaignId: z.string(),
  influencerId: z.string(),
  influencerName: z.string(),
  primaryPlatform: Platform.nullable(),
  status: CampaignInfluencerStatus,
  rate: z.number().int().nullable(),
  currency: z.string(),
  utmSource: z.string().nullable(),
  utmMedium: z.string().nullable(),
  utmCampaign: z.string().nullable(),
  utmContent: z.string().nullable(),
  utmTerm: z.string().nullable(),
  utmUrl: z.string().nullable(),
  promoCode: z.string().nullable(),
  notes: z.string().nullable(),
})
export type CampaignInfluencerRow = z.infer<typeof CampaignInfluencerRow>

export const DeliverableRow = z.object({
  id: z.string(),
  campaignId: z.string(),
  campaignInfluencerId: z.string().nullable(),
  type: DeliverableType,
  count: z.number().int(),
  priceMin: z.number().int().nullable(),
  priceMax: z.number().int().nullable(),
  priceSuggested: z.number().int().nullable(),
  currency: z.string(),
  instructions: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: DeliverableStatus,
  postUrl: z.string().nullable(),
})
export type DeliverableRow = z.infer<typeof DeliverableRow>

export const CampaignProductRow = z.object({
  id: z.string(),
  productId: z.string(),
  productName: z.string(),
  quantity: z.number().int(),
  discountPercent: z.number().nullable(),
})
export type CampaignProductRow = z.infer<typeof CampaignProductRow>

export const CampaignDetail = CampaignRow.extend({
  /** The brand's site: where a tracked link lands unless the user says otherwise. */
  brandWebsite: z.string().nullable(),
  description: z.string().nullable(),
  brief: z.record(z.string(), z.unknown()).nullable(),
  type: z.string().nullable(),
  budgetMin: z.number().int().nullable(),
  budgetMax: z.number().int().nullable(),
  deliverableDeadline: z.string().nullable(),
  submissionDeadline: z.string().nullable(),
  targetPlatforms: z.array(z.string()),
  kpiTargets: z.record(z.string(), z.number()).nullable(),
  contentApprovalRequired: z.boolean(),
  influencers: z.array(CampaignInfluencerRow),
  deliverables: z.array(DeliverableRow),
  products: z.array(CampaignProductRow),
  offers: z.array(CampaignOfferRow),
  contracts: z.array(CampaignContractRow),
  payments: z.array(CampaignPaymentRow),
  financialDocuments: z.array(FinancialDocumentRow),
})
export type CampaignDetail = z.infer<typeof CampaignDetail>

const campaignFields = {
  name: z.string().trim().min(1, 'A campaign needs a name').max(200),
  brandId: Id.nullish(),
  description: z.string().max(20_000).nullish(),
  brief: z.record(z.string(), z.unknown()).nullish(),
  type: z.string().max(100).nullish(),
  status: CampaignStatus.optional(),
  budget: Money.optional(),
  budgetMin: Money.nullish(),
  budgetMax: Money.nullish(),
  currency: Currency.optional(),
  startDate: IsoTime.nullish(),
  endDate: IsoTime.nullish(),
  deliverableDeadline: IsoTime.nullish(),
  submissionDeadline: IsoTime.nullish(),
  targetPlatforms: z.array(Platform).optional(),
  kpiTargets: z.record(z.string(), z.number()).nullish(),
  contentApprovalRequired: z.boolean().optional(),
}

const deliverableFields = {
  campaignId: Id,
  campaignInfluencerId: Id.nullish(),
  type: DeliverableType,
  count: z.number().int().min(1, 'At least one').max(1000).optional(),
  priceMin: Money.nullish(),
  priceMax: Money.nullish(),
  priceSuggested: Money.nullish(),
  currency: Currency.optional(),
  instructions: z.string().max(20_000).nullish(),
  guidelines: z.record(z.string(), z.unknown()).nullish(),
  dueDate: IsoTime.nullish(),
  status: DeliverableStatus.optional(),
  postUrl: z.url().nullish(),
}

const utmFields = {
  utmSource: z.string().trim().max(100).nullish(),
  utmMedium: z.string().trim().max(100).nullish(),
  utmCampaign: z.string().trim().max(100).nullish(),
  utmContent: z.string().trim().max(100).nullish(),
  utmTerm: z.string().trim().max(100).nullish(),
}

export const campaignChannels = {
  'campaigns.list': {
    input: z.object({
      status: z.array(CampaignStatus).optional(),
      brandId: Id.optional(),
      search: z.string().trim().max(200).optional(),
    }),
    output: z.array(CampaignRow),
  },
  'campaigns.get': { input: ById, output: CampaignDetail },
  ...crudChannels('campaigns', campaignFields, campaignFields, CampaignRow),
  'campaigns.addInfluencer': {
    input: z.object({
      campaignId: Id,
      influencerId: Id,
      rate: Money.nullish(),
      currency: Currency.optional(),
      status: CampaignInfluencerStatus.optional(),
    }),
    output: CampaignInfluencerRow,
  },
  /** Several at once, as picked in one dialog; someone already in the campaign is left as is. */
  'campaigns.addInfluencers': {
    input: z.object({
      campaignId: Id,
      influencerIds: z.array(Id).min(1, 'Pick at least one influencer').max(500),
    }),
    output: z.array(CampaignInfluencerRow),
  },
  'campaigns.updateInfluencer': {
    input: z.object({
      id: Id,
      patch: z
        .object({
          status: CampaignInfluencerStatus,
          rate: Money.nullable(),
          currency: Currency,
          promoCode: z.string().trim().max(60).nullable(),
          notes: z.string().max(20_000).nullable(),
          ...utmFields,
        })
        .partial()
        .refine((p) => Object.keys(p).length > 0, 'Nothing to change'),
    }),
    output: CampaignInfluencerRow,
  },
  'campaigns.removeInfluencer': { input: ById, output: Removed },
  /** Undo of a removal: the influencer comes back with status, rate and link as they were. */
  'campaigns.restoreInfluencer': { input: ById, output: CampaignInfluencerRow },
  /** Builds and stores the tracked link; blank UTM fields get sensible defaults. */
  'campaigns.buildUtm': {
    input: z.object({
      campaignInfluencerId: Id,
      landingPage: z.string().trim().min(1, 'A landing page is required'),
      ...utmFields,
    }),
    output: CampaignInfluencerRow,
  },
  'campaigns.addProduct': {
    input: z.object({
      campaignId: Id,
      productId: Id,
      quantity: z.number().int().min(1, 'At least one').max(100_000).default(1),
      discountPercent: z.number().min(0).max(100).nullish(),
    }),
    output: CampaignProductRow,
  },
  'campaigns.removeProduct': { input: ById, output: Removed },
  'campaigns.restoreProduct': { input: ById, output: CampaignProductRow },
  ...crudChannels('deliverables', deliverableFields, deliverableFields, DeliverableRow),
} as const
