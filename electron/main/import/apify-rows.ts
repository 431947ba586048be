import { CrmError } from '#shared/contract/index'
import type { Platform } from '#shared/domain/enums'
import {
  handleOfUrl,
  platformOfUrl,
  toPlatform,
  toText,
  type RawCandidate,
  type SourceRow,
} from './normalize.ts'

type Item = Record<string, unknown>

/** A value at a dotted path ("authorMeta.fans"), or undefined. */
function at(item: Item, path: string): unknown {
  let value: unknown = item
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** The first path with a usable value: scrapers name the same thing differently. */
function pick(item: Item, paths: readonly string[]): unknown {
  for (const path of paths) {
    const value = at(item, path)
    if (value === undefined || value === null || value === '') continue
    if (typeof value === 'string' && toText(value) === null) continue
    return value
  }
  return undefined
}

// Field names of the common Apify actors: apify/instagram-profile-scraper and
// instagram-scraper (posts carry ownerUsername), clockworks/tiktok-scraper (authorMeta),
// streamers/youtube-scraper and channel scrapers, and the usual X/Twitter scrapers.
const paths = {
  handle: [
    'authorMeta.name',
    'authorMeta.uniqueId',
    'author.uniqueId',
    'uniqueId',
    'ownerUsername',
    'username',
    'userName',
    'screen_name',
    'channelUsername',
    'channelHandle',
    'handle',
    'customUrl',
    'author.userName',
    'author.username',
  ],
  name: [
    'fullName',
    'ownerFullName',
    'authorMeta.nickName',
    'authorMeta.nickname',
    'author.nickname',
    'nickname',
    'nickName',
    'channelName',
    'channelTitle',
    'author.name',
    'displayName',
    'name',
  ],
  followers: [
    'followersCount',
    'authorMeta.fans',
    'authorMeta.followers',
    'authorStats.followerCount',
    'fans',
    'followerCount',
    'numberOfSubscribers',
    'subscriberCount',
    'subscribersCount',
    'subscribers',
    'followers_count',
    'followers',
    'author.followers',
  ],
  bio: [
    'biography',
    'authorMeta.signature',
    'signature',
    'channelDescription',
    'aboutChannelInfo.channelDescription',
    'author.description',
    'description',
    'bio',
  ],
  profileUrl: [
    'authorMeta.profileUrl',
    'channelUrl',
    'profileUrl',
    'url',
    'inputUrl',
    'author.url',
    'webVideoUrl',
  ],
  verified: [
    'verified',
    'isVerified',
    'authorMeta.verified',
    'isChannelVerified',
    'isBlueVerified',
    'author.isVerified',
    'author.isBlueVerified',
  ],
  email: ['email', 'businessEmail', 'publicEmail', 'contactEmail', 'emails.0'],
  phone: ['phone', 'phoneNumber', 'businessPhoneNumber', 'publicPhoneNumber', 'contactPhoneNumber'],
  country: ['country', 'countryCode', 'channelLocation', 'aboutChannelInfo.channelLocation'],
  language: ['language', 'lang'],
  tags: ['niche', 'nicheTags', 'tags', 'businessCategoryName', 'category', 'categories'],
  engagement: ['engagementRate', 'engagement_rate', 'engagement'],
  platform: ['platform', 'socialNetwork', 'network', 'source'],
} as const

const has = (item: Item, keys: readonly string[]) => keys.some((k) => at(item, k) !== undefined)

/** The platform from a field, the item's addresses, or the fields only one scraper writes. */
export function detectPlatform(item: Item): Platform | null {
  const named = toPlatform(pick(item, paths.platform))
  if (named) return named
  if (has(item, ['authorMeta', 'signature', 'uniqueId', 'authorStats'])) return 'tiktok'
  for (const path of paths.profileUrl) {
    const url = toText(at(item, path))
    const platform = platformOfUrl(url)
    if (platform) return platform
  }
  if (
    has(item, ['ownerUsername', 'followsCount', 'biography', 'igtvVideoCount', 'isBusinessAccount'])
  ) {
    return 'instagram'
  }
  if (
    has(item, [
      'numberOfSubscribers',
      'subscriberCount',
      'channelName',
      'channelId',
      'isChannelVerified',
    ])
  ) {
    return 'youtube'
  }
  if (has(item, ['screen_name', 'followers_count', 'isBlueVerified'])) return 'twitter'
  return null
}

/** A profile's own address, not a post's: instagram.com/jane, not instagram.com/p/abc. */
function profileUrlOf(item: Item, platform: Platform): string | null {
  for (const path of paths.profileUrl) {
    const url = toText(at(item, path))
    if (!url || platformOfUrl(url) !== platform || !handleOfUrl(url, platform)) continue
    const segments = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).pathname
      .split('/')
      .filter(Boolean)
    if (segments.length <= (platform === 'youtube' || platform === 'linkedin' ? 2 : 1)) return url
  }
  return null
}

function handleOf(item: Item, platform: Platform | null): string | null {
  const named = toText(pick(item, paths.handle))
  if (named) return named
  if (!platform) return null
  // Videos and posts still name their author in the address: tiktok.com/@jane/video/1.
  for (const path of paths.profileUrl) {
    const url = toText(at(item, path))
    if (url && platformOfUrl(url) === platform) {
      const handle = handleOfUrl(url, platform)
      if (handle) return handle
    }
  }
  return null
}

function rawOf(item: Item): RawCandidate {
  const platform = detectPlatform(item)
  const handle = handleOf(item, platform)
  const url = platform ? profileUrlOf(item, platform) : null
  const followers = pick(item, paths.followers)
  return {
    name: pick(item, paths.name),
    email: pick(item, paths.email),
    phone: pick(item, paths.phone),
    bio: pick(item, paths.bio),
    country: pick(item, paths.country),
    language: pick(item, paths.language),
    nicheTags: pick(item, paths.tags),
    // Platform, address and followers belong to the one account an item describes; the
    // person's own values are derived from it, so they only fill gaps on a match.
    engagementRate: pick(item, paths.engagement),
    accounts:
      handle || url
        ? [{ platform, handle, url, followers, verified: pick(item, paths.verified) }]
        : [],
  }
}

/**
 * An Apify dataset exported as JSON (an array of items) into numbered rows, 1 = the first
 * item. Anything else is refused as a whole, before anything is written.
 */
export function parseApifyRows(content: string): SourceRow[] {
  let data: unknown
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch {
    throw new CrmError(
      'invalid_input',
      'This file is not an Apify export: it is not valid JSON. In Apify, open the dataset and export it as JSON.',
    )
  }
  if (!Array.isArray(data)) {
    throw new CrmError(
      'invalid_input',
      'This file is not an Apify dataset export: it should be a JSON array of items ([{...}, {...}]). In Apify, export the dataset as JSON.',
    )
  }
  if (data.length === 0) throw new CrmError('invalid_input', 'The export has no items to import.')
  return data.map((item: unknown, index) => {
    const row = index + 1
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return { row, error: 'This item is not an object with fields, so it cannot be read.' }
    }
    return { row, raw: rawOf(item as Item) }
  })
}
