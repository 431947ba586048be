import type { CampaignInfluencerRow } from '#shared/contract/index'
import { buildUtmUrl, defaultUtm, type UtmParams } from '#shared/domain/utm'

export interface UtmFields {
  landingPage: string
  utmSource: string
  utmMedium: string
  utmCampaign: string
  utmContent: string
  utmTerm: string
}

/** A stored link without its utm_ parameters: the page it lands on. */
export function landingPageOf(url: string): string {
  try {
    const parsed = new URL(url)
    for (const key of [...parsed.searchParams.keys()]) {
      if (key.startsWith('utm_')) parsed.searchParams.delete(key)
    }
    return parsed.toString()
  } catch {
    return url
  }
}

/**
 * Where the form starts: the stored link's parts when there is one, else the brand's site
 * and blank fields, whose placeholders show the defaults main fills in.
 */
export function initialUtm(link: CampaignInfluencerRow, brandWebsite: string | null): UtmFields {
  return {
    landingPage: link.utmUrl ? landingPageOf(link.utmUrl) : (brandWebsite ?? ''),
    utmSource: link.utmSource ?? '',
    utmMedium: link.utmMedium ?? '',
    utmCampaign: link.utmCampaign ?? '',
    utmContent: link.utmContent ?? '',
    utmTerm: link.utmTerm ?? '',
  }
}

export const utmDefaults = (campaignName: string, link: CampaignInfluencerRow): UtmParams =>
  defaultUtm({
    campaignName,
    influencerName: link.influencerName,
    platform: link.primaryPlatform,
  })

/** The link as main will build it, shown while typing; null until the address is usable. */
export function previewUtm(fields: UtmFields, defaults: UtmParams): string | null {
  if (!fields.landingPage.trim()) return null
  try {
    return buildUtmUrl(fields.landingPage.trim(), {
      source: fields.utmSource.trim() || defaults.source,
      medium: fields.utmMedium.trim() || defaults.medium,
      campaign: fields.utmCampaign.trim() || defaults.campaign,
      content: fields.utmContent.trim() || defaults.content,
      term: fields.utmTerm.trim() || null,
    })
  } catch {
    return null
  }
}

/** The utm_ parameters of a link, in order, to show beside it. */
export function utmParamsOf(url: string): [string, string][] {
  try {
    return [...new URL(url).searchParams].filter(([key]) => key.startsWith('utm_'))
  } catch {
    return []
  }
}
