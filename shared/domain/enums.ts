import { z } from 'zod'

// Defined once: the same lists become CHECK constraints in db/ and zod enums at every boundary.
export const platforms = [
  'instagram',
  'tiktok',
  'youtube',
  'twitter',
  'linkedin',
  'twitch',
] as const
export const Platform = z.enum(platforms)
export type Platform = z.infer<typeof Platform>

export const influencerSources = ['manual', 'import', 'apify'] as const
export const InfluencerSource = z.enum(influencerSources)

export const visibilities = ['team', 'private'] as const
export const Visibility = z.enum(visibilities)

export const userStatuses = ['active', 'suspended', 'deleted'] as const

export const campaignStatuses = [
  'draft',
  'planned',
  'active',
  'paused',
  'completed',
  'cancelled',
] as const
export const CampaignStatus = z.enum(campaignStatuses)

export const documentKinds = [
  'brief',
  'contract',
  'proposal',
  'outreach_email',
  'report',
  'po',
  'invoice',
] as const
export const documentStatuses = ['draft', 'in_review', 'approved', 'sent', 'signed'] as const

export const interactionTypes = ['email', 'call', 'meeting', 'note', 'dm', 'file_upload'] as const
export const InteractionType = z.enum(interactionTypes)
