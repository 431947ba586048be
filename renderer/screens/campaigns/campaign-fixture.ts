import type { CampaignDetail, CampaignInfluencerRow } from '#shared/contract/index'

/** For component tests: a campaign as main returns it, changed only where a test says. */
export const campaignId = '0190f5a2-0000-7000-8000-00000000c001'

export function influencerLink(
  name: string,
  n: number,
  extra: Partial<CampaignInfluencerRow> = {},
): CampaignInfluencerRow {
  return {
    id: `0190f5a2-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    campaignId,
    influencerId: `0190f5a2-0000-7000-8000-0000000002${String(n).padStart(2, '0')}`,
    influencerName: name,
    primaryPlatform: 'instagram',
    status: 'planned',
    rate: null,
    currency: 'EUR',
    utmSource: null,
    utmMedium: null,
    utmCampaign: null,
    utmContent: null,
    utmTerm: null,
    utmUrl: null,
    promoCode: null,
    notes: null,
    ...extra,
  }
}

export function campaignDetail(extra: Partial<CampaignDetail> = {}): CampaignDetail {
  return {
    id: campaignId,
    name: "Winter Glow '26",
    brandId: null,
    brandName: 'Glow Labs',
    brandWebsite: 'https://glowlabs.example',
    status: 'planned',
    startDate: '2026-12-01T00:00:00.000Z',
    endDate: '2027-01-31T00:00:00.000Z',
    influencerCount: 0,
    budget: { currency: 'EUR', budget: 1_500_000, committed: 0, paid: 0, remaining: 1_500_000 },
    description: 'Winter routines with the serum.',
    brief: null,
    type: null,
    budgetMin: null,
    budgetMax: null,
    deliverableDeadline: null,
    submissionDeadline: null,
    targetPlatforms: [],
    kpiTargets: null,
    contentApprovalRequired: true,
    influencers: [],
    deliverables: [],
    products: [],
    offers: [],
    contracts: [],
    payments: [],
    financialDocuments: [],
    ...extra,
  }
}
