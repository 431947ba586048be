import type { CampaignDetail, CampaignRow } from '#shared/contract/index'
import { dayToIso, isoToDay } from './days.ts'

/** A campaign as its form holds it: days as "YYYY-MM-DD", money in minor units. */
export interface CampaignDraft {
  name: string
  brandId: string | null
  startDate: string | null
  endDate: string | null
  submissionDeadline: string | null
  deliverableDeadline: string | null
  budget: number | null
  currency: string | null
  status: CampaignRow['status']
  description: string
}

export const emptyDraft: CampaignDraft = {
  name: '',
  brandId: null,
  startDate: null,
  endDate: null,
  submissionDeadline: null,
  deliverableDeadline: null,
  budget: null,
  currency: null,
  status: 'draft',
  description: '',
}

export const draftOf = (campaign: CampaignDetail): CampaignDraft => ({
  name: campaign.name,
  brandId: campaign.brandId,
  startDate: isoToDay(campaign.startDate),
  endDate: isoToDay(campaign.endDate),
  submissionDeadline: isoToDay(campaign.submissionDeadline),
  deliverableDeadline: isoToDay(campaign.deliverableDeadline),
  budget: campaign.budget.budget,
  currency: campaign.budget.currency,
  status: campaign.status,
  description: campaign.description ?? '',
})

const day = (value: string | null) => (value ? dayToIso(value) : null)

/** The fields main takes, the same for a new campaign and an edit. */
export const draftInput = (draft: CampaignDraft, currency: string) => ({
  name: draft.name,
  brandId: draft.brandId,
  status: draft.status,
  currency,
  budget: draft.budget ?? 0,
  startDate: day(draft.startDate),
  endDate: day(draft.endDate),
  submissionDeadline: day(draft.submissionDeadline),
  deliverableDeadline: day(draft.deliverableDeadline),
  description: draft.description.trim() || null,
})
