import type { InfluencerFilters, Platform } from '#shared/contract/index'

/** Platform names as people write them (the enum is lower-case for storage). */
export const platformLabels: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitter: 'X (Twitter)',
  linkedin: 'LinkedIn',
  twitch: 'Twitch',
}

/**
 * Filters with nothing empty left in: no blank search, no empty list, no switch that is off.
 * What the bar emits, so "how many are active" and "what is sent" can never disagree.
 */
export function cleanFilters(f: InfluencerFilters): InfluencerFilters {
  const out: InfluencerFilters = {}
  // Kept as typed (a space between two words is on its way to a second word); trimmed on sending.
  if (f.search?.trim()) out.search = f.search
  for (const key of ['platforms', 'countries', 'niches', 'tags', 'stageIds', 'ownerIds'] as const) {
    const list = f[key]
    // The keys differ only in their element type; each list goes back under its own key.
    if (list?.length) (out as Record<string, unknown>)[key] = list
  }
  for (const key of ['followersMin', 'followersMax', 'engagementMin', 'engagementMax'] as const) {
    const n = f[key]
    if (n !== undefined && Number.isFinite(n)) out[key] = n
  }
  if (f.followUpDue) out.followUpDue = true
  return out
}

/** The highest of a range is below its lowest: the bar says so beside the field. */
export const followersInverted = (f: InfluencerFilters): boolean =>
  f.followersMin !== undefined && f.followersMax !== undefined && f.followersMin > f.followersMax
export const engagementInverted = (f: InfluencerFilters): boolean =>
  f.engagementMin !== undefined &&
  f.engagementMax !== undefined &&
  f.engagementMin > f.engagementMax

/**
 * The filters to send to main: clean, without a range whose ends are crossed (main would
 * refuse the whole read; the bar shows the mistake on the field instead). Undefined when
 * nothing is left, so a query without filters reads the same as one that never had any.
 */
export function queryableFilters(f: InfluencerFilters): InfluencerFilters | undefined {
  const out = cleanFilters(f)
  if (out.search) out.search = out.search.trim()
  if (followersInverted(out)) {
    delete out.followersMin
    delete out.followersMax
  }
  if (engagementInverted(out)) {
    delete out.engagementMin
    delete out.engagementMax
  }
  return Object.keys(out).length ? out : undefined
}

/** How many filters narrow the list: a range counts once, whichever ends are set. */
export function countActiveFilters(f: InfluencerFilters): number {
  const c = cleanFilters(f)
  return [
    c.search,
    c.platforms,
    c.niches,
    c.tags,
    c.ownerIds,
    c.stageIds,
    c.countries,
    c.followersMin ?? c.followersMax,
    c.engagementMin ?? c.engagementMax,
    c.followUpDue,
  ].filter((v) => v !== undefined).length
}
