export interface UtmParams {
  source: string
  medium: string
  campaign: string
  content?: string | null | undefined
  term?: string | null | undefined
}

/** "Summer Glow '26" -> "summer-glow-26": UTM values that survive every analytics tool. */
export function utmSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The tracked link for one influencer in one campaign. Existing query parameters of the
 * landing page are kept; utm_* ones are replaced.
 */
export function buildUtmUrl(landingPage: string, params: UtmParams): string {
  let url: URL
  try {
    url = new URL(landingPage)
  } catch {
    throw new Error(`"${landingPage}" is not a web address; it should start with https://`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`"${landingPage}" is not a web address; it should start with https://`)
  }
  const entries: [string, string | null | undefined][] = [
    ['utm_source', params.source],
    ['utm_medium', params.medium],
    ['utm_campaign', params.campaign],
    ['utm_content', params.content],
    ['utm_term', params.term],
  ]
  for (const [key, value] of entries) {
    if (value) url.searchParams.set(key, value)
    else url.searchParams.delete(key)
  }
  return url.toString()
}

/** Sensible defaults a user can override: source is the platform, medium "influencer". */
export function defaultUtm(input: {
  campaignName: string
  influencerName: string
  platform: string | null
}): UtmParams {
  return {
    source: input.platform ?? 'social',
    medium: 'influencer',
    campaign: utmSlug(input.campaignName),
    content: utmSlug(input.influencerName),
  }
}
