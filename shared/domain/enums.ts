import { z } from 'zod'

// Defined once: each list becomes a CHECK constraint in both databases (db/) and a zod
// enum at every boundary, so the three can never disagree.
const zEnum = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose a valid ${what}: ${values.join(', ')}` })

export const platforms = [
  'instagram',
  'tiktok',
  'youtube',
  'twitter',
  'linkedin',
  'twitch',
] as const
export const Platform = zEnum(platforms, 'platform')
export type Platform = z.infer<typeof Platform>

export const influencerSources = ['manual', 'import', 'apify'] as const
export const InfluencerSource = zEnum(influencerSources, 'source')

export const visibilities = ['team', 'private'] as const
export const Visibility = zEnum(visibilities, 'visibility')
export type Visibility = z.infer<typeof Visibility>

export const userStatuses = ['active', 'suspended', 'deleted'] as const
export const builtInRoles = ['admin', 'manager', 'member', 'viewer'] as const

export const stageKinds = ['open', 'won', 'lost'] as const

export const interactionTypes = ['email', 'call', 'meeting', 'note', 'dm', 'file_upload'] as const
export const InteractionType = zEnum(interactionTypes, 'interaction type')
export type InteractionType = z.infer<typeof InteractionType>
export const directions = ['inbound', 'outbound'] as const
export const Direction = zEnum(directions, 'direction')

export const campaignStatuses = [
  'draft',
  'planned',
  'active',
  'paused',
  'completed',
  'cancelled',
] as const
export const CampaignStatus = zEnum(campaignStatuses, 'campaign status')

export const campaignInfluencerStatuses = [
  'planned',
  'invited',
  'accepted',
  'contracted',
  'content_submitted',
  'approved',
  'published',
  'paid',
  'declined',
  'cancelled',
] as const
export const CampaignInfluencerStatus = zEnum(
  campaignInfluencerStatuses,
  'campaign influencer status',
)

export const deliverableTypes = [
  'static_post',
  'carousel',
  'reel',
  'story',
  'short',
  'video_ad',
  'unboxing',
  'review',
  'livestream',
] as const
export const DeliverableType = zEnum(deliverableTypes, 'deliverable type')
export const deliverableStatuses = [
  'pending',
  'in_progress',
  'submitted',
  'approved',
  'published',
  'rejected',
] as const
export const DeliverableStatus = zEnum(deliverableStatuses, 'deliverable status')

export const offerStatuses = [
  'pending',
  'accepted',
  'rejected',
  'counter',
  'expired',
  'completed',
] as const
export const OfferStatus = zEnum(offerStatuses, 'offer status')
/** Seed 001: at most one offer per campaign and influencer in these statuses. */
export const activeOfferStatuses = ['pending', 'counter', 'accepted'] as const
export const counterParties = ['brand', 'influencer'] as const

export const contractStatuses = [
  'pending',
  'signed',
  'active',
  'completed',
  'disputed',
  'terminated',
] as const
export const ContractStatus = zEnum(contractStatuses, 'contract status')
export const disputeStatuses = ['pending', 'resolved', 'escalated'] as const

export const paymentStatuses = [
  'pending',
  'authorized',
  'captured',
  'released',
  'failed',
  'refunded',
  'disputed',
] as const
export const PaymentStatus = zEnum(paymentStatuses, 'payment status')
export const paymentMethods = ['card', 'bank_transfer', 'wallet'] as const
export const PaymentMethod = zEnum(paymentMethods, 'payment method')
export const escrowStatuses = ['held', 'released', 'refunded'] as const

export const financialDocumentTypes = ['po', 'invoice', 'form'] as const
export const FinancialDocumentType = zEnum(financialDocumentTypes, 'financial document type')
export const financialDocumentStatuses = ['pending', 'approved', 'paid', 'rejected'] as const
export const FinancialDocumentStatus = zEnum(financialDocumentStatuses, 'financial document status')

export const opportunityStages = [
  'prospecting',
  'qualified',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
] as const
export const OpportunityStage = zEnum(opportunityStages, 'opportunity stage')

export const fakeFollowerRisks = ['low', 'medium', 'high'] as const
export const importSources = ['csv', 'apify'] as const
export const importStatuses = ['running', 'succeeded', 'failed'] as const

export const documentKinds = [
  'brief',
  'contract',
  'proposal',
  'outreach_email',
  'report',
  'po',
  'invoice',
] as const
export const DocumentKind = zEnum(documentKinds, 'document kind')
export type DocumentKind = z.infer<typeof DocumentKind>
export const documentStatuses = ['draft', 'in_review', 'approved', 'sent', 'signed'] as const
export const DocumentStatus = zEnum(documentStatuses, 'document status')
export type DocumentStatus = z.infer<typeof DocumentStatus>

/** ISO 4217: three capital letters. Money is always minor units of one of these. */
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Currency is a three-letter ISO 4217 code, such as USD')
/** Money in minor units (cents): a whole, non-negative number, never a float. */
export const Money = z
  .number({ error: 'An amount is a number of minor units (cents)' })
  .int('An amount is a whole number of minor units (cents), not a fraction')
  .min(0, 'An amount cannot be negative')
  .max(Number.MAX_SAFE_INTEGER)
