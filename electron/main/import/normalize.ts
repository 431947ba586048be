import { platforms, type Platform } from '#shared/domain/enums'

/**
 * One shape for every import format. Parsers (csv-rows.ts, apify-rows.ts) only find the
 * values; this file decides whether they are valid and how they are stored, so a CSV and an
 * Apify export of the same person end up identical and de-duplicate against each other.
 */

/** What a parser found for one account, before validation. */
export interface RawAccount {
  platform: string | null | undefined
  handle?: string | null | undefined
  url?: string | null | undefined
  followers?: unknown
  verified?: unknown
}

/** What a parser found for one row, before validation: loose text and numbers. */
export interface RawCandidate {
  name?: unknown
  email?: unknown
  phone?: unknown
  bio?: unknown
  country?: unknown
  language?: unknown
  nicheTags?: unknown
  primaryPlatform?: unknown
  profileUrl?: unknown
  followers?: unknown
  engagementRate?: unknown
  accounts?: RawAccount[]
}

export interface CandidateAccount {
  platform: Platform
  /** Without the leading @; matched case-insensitively. */
  handle: string
  url: string
  followers: number | null
  verified: boolean
}

export interface Candidate {
  name: string
  /** True when the file had no name and the handle stands in for it. */
  nameFromHandle: boolean
  email: string | null
  phone: string | null
  bio: string | null
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null
  language: string | null
  nicheTags: string[]
  primaryPlatform: Platform | null
  profileUrl: string | null
  followers: number | null
  /** Percent, 0-100. */
  engagementRate: number | null
  accounts: CandidateAccount[]
  /**
   * Values the row did not give but that were taken from its main account. They describe
   * one account, not the person, so on a match they only fill gaps (followersOf: the
   * platform the count came from; null when the row gave it).
   */
  derived: { primaryPlatform: boolean; profileUrl: boolean; followersOf: Platform | null }
}

export type Normalized = { ok: true; candidate: Candidate } | { ok: false; reason: string }

/** Raised inside normalization; its message is shown to the user next to the row number. */
class RowProblem extends Error {}

const platformLabels: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitter: 'X (Twitter)',
  linkedin: 'LinkedIn',
  twitch: 'Twitch',
}

const platformAliases: Record<string, Platform> = {
  ig: 'instagram',
  insta: 'instagram',
  tt: 'tiktok',
  yt: 'youtube',
  x: 'twitter',
}

/** "Instagram", "IG", " tiktok " -> a platform of the enum; anything else -> null. */
export function toPlatform(value: unknown): Platform | null {
  const text = toText(value)
    ?.toLowerCase()
    .replace(/[^a-z]/g, '')
  if (!text) return null
  if ((platforms as readonly string[]).includes(text)) return text as Platform
  return platformAliases[text] ?? null
}

/** Trimmed text, or null for empty cells, "null", "n/a" and non-text values. */
export function toText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (!text || /^(null|undefined|n\/?a|-|none)$/i.test(text)) return null
  return text
}

/**
 * A count as people write it: 12,345 / 12 345 / 12.3k / 1.2M. Null when empty. Refuses
 * negatives and things that are not numbers, naming the column so the user can find it.
 */
export function toCount(value: unknown, what: string): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RowProblem(`${what} is not a number.`)
    if (value < 0) throw new RowProblem(`${what} cannot be negative (it is ${value}).`)
    return Math.round(value)
  }
  const text = toText(value)
  if (text === null) return null
  const match = /^(-?)\s*([\d.,\s]*\d[\d.,\s]*)\s*([kmb]?)$/i.exec(text.replace(/\u00a0/g, ' '))
  if (!match) throw new RowProblem(`${what} "${text}" is not a number.`)
  const [, sign, digits = '', suffix = ''] = match
  const multiplier = { '': 1, k: 1e3, m: 1e6, b: 1e9 }[suffix.toLowerCase()] ?? 1
  // With a k/m/b suffix the dot (or a single comma) is a decimal point: 1.2k, 1,2k.
  const compact = digits.replace(/\s/g, '')
  const plain = suffix
    ? compact.includes('.')
      ? compact.replace(/,/g, '')
      : compact.replace(',', '.')
    : compact.replace(/,/g, '').replace(/\.(?=\d{3}(\D|$))/g, '')
  const number = Number(plain) * multiplier
  if (!Number.isFinite(number)) throw new RowProblem(`${what} "${text}" is not a number.`)
  if (sign === '-' && number > 0)
    throw new RowProblem(`${what} cannot be negative (it is ${text}).`)
  return Math.round(number)
}

/** "3.5%", "3.5" and 3.5 all mean 3.5 percent; the stored value is a percent 0-100. */
export function toPercent(value: unknown, what: string): number | null {
  let number: number
  if (typeof value === 'number') number = value
  else {
    const text = toText(value)
    if (text === null) return null
    const cleaned = text.replace(/\s*%\s*$/, '').replace(',', '.')
    number = /^-?\d*\.?\d+$/.test(cleaned) ? Number(cleaned) : NaN
    if (Number.isNaN(number)) throw new RowProblem(`${what} "${text}" is not a number.`)
  }
  if (!Number.isFinite(number)) throw new RowProblem(`${what} is not a number.`)
  if (number < 0) throw new RowProblem(`${what} cannot be negative (it is ${number}).`)
  if (number > 100)
    throw new RowProblem(`${what} must be a percent between 0 and 100 (it is ${number}).`)
  return Math.round(number * 100) / 100
}

export function toBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  const text = toText(value)?.toLowerCase()
  return text === 'true' || text === 'yes' || text === 'y' || text === '1' || text === 'verified'
}

const emailPattern = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/

function toEmail(value: unknown): string | null {
  const text = toText(value)?.replace(/^mailto:/i, '')
  if (!text) return null
  if (!emailPattern.test(text)) {
    throw new RowProblem(`Email "${text}" does not look like an email address (name@example.com).`)
  }
  return text.toLowerCase()
}

// Country and language names in English, computed once from the runtime's ICU data, so
// "United States", "us" and "USA" are all stored as US.
let countryNames: Map<string, string> | undefined
let languageNames: Map<string, string> | undefined
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

function namesOf(type: 'region' | 'language'): Map<string, string> {
  const display = new Intl.DisplayNames('en', { type })
  const names = new Map<string, string>()
  for (const a of letters) {
    for (const b of letters) {
      const code = type === 'region' ? a + b : (a + b).toLowerCase()
      let name: string | undefined
      try {
        name = display.of(code)
      } catch {
        continue
      }
      if (!name || name.toLowerCase() === code.toLowerCase() || /^unknown/i.test(name)) continue
      names.set(code, name)
    }
  }
  return names
}

const countryAliases: Record<string, string> = {
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'u.k.': 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  uae: 'AE',
  'south korea': 'KR',
  korea: 'KR',
  russia: 'RU',
  turkey: 'TR',
  czechia: 'CZ',
}

function toCountry(value: unknown): string | null {
  const text = toText(value)
  if (!text) return null
  countryNames ??= namesOf('region')
  const upper = text.toUpperCase()
  if (/^[A-Z]{2}$/.test(upper) && countryNames.has(upper)) return upper
  const lower = text.toLowerCase()
  const alias = countryAliases[lower]
  if (alias) return alias
  for (const [code, name] of countryNames) if (name.toLowerCase() === lower) return code
  throw new RowProblem(
    `Country "${text}" is not a country name or a two-letter code (such as US, GB, DE).`,
  )
}

/** A two-letter code where one is recognisable ("English" -> en), otherwise the text as given. */
function toLanguage(value: unknown): string | null {
  const text = toText(value)
  if (!text) return null
  languageNames ??= namesOf('language')
  const lower = text.toLowerCase()
  const code = /^[a-z]{2}([-_][a-z]{2})?$/i.test(text) ? lower.slice(0, 2) : null
  if (code && languageNames.has(code)) return code
  for (const [c, name] of languageNames) if (name.toLowerCase() === lower) return c
  return text.slice(0, 60)
}

/** "Beauty; Travel | food" -> ["beauty", "travel", "food"]. Also takes an array. */
export function toTags(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.flatMap((v) => (typeof v === 'string' ? v.split(/[;|,]/) : []))
    : (toText(value)?.split(/[;|,]/) ?? [])
  const tags = parts.map((p) => p.trim().replace(/^#/, '').toLowerCase()).filter(Boolean)
  return [...new Set(tags)].map((tag) => tag.slice(0, 60)).slice(0, 50)
}

const profileUrlOf: Record<Platform, (handle: string) => string> = {
  instagram: (h) => `https://www.instagram.com/${h}/`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  twitter: (h) => `https://x.com/${h}`,
  linkedin: (h) => `https://www.linkedin.com/in/${h}`,
  twitch: (h) => `https://www.twitch.tv/${h}`,
}

/** Which platform a web address belongs to, from its host name. */
export function platformOfUrl(url: string | null | undefined): Platform | null {
  if (!url) return null
  let host: string
  try {
    host = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase()
  } catch {
    return null
  }
  const is = (domain: string) => host === domain || host.endsWith(`.${domain}`)
  if (is('instagram.com')) return 'instagram'
  if (is('tiktok.com')) return 'tiktok'
  if (is('youtube.com') || is('youtu.be')) return 'youtube'
  if (is('twitter.com') || is('x.com')) return 'twitter'
  if (is('linkedin.com')) return 'linkedin'
  if (is('twitch.tv')) return 'twitch'
  return null
}

/** Paths that are never a handle: a post, a reel, a search page. */
const notHandles = new Set([
  'p',
  'reel',
  'reels',
  'tv',
  'stories',
  'explore',
  'watch',
  'video',
  'shorts',
])

/** The handle in a profile address: instagram.com/jane, tiktok.com/@jane, youtube.com/@jane. */
export function handleOfUrl(url: string, platform: Platform): string | null {
  let segments: string[]
  try {
    const parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`)
    segments = parsed.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return null
  }
  const [first, second] = segments
  if (!first) return null
  if (platform === 'youtube') {
    if (first.startsWith('@')) return first.slice(1)
    if ((first === 'c' || first === 'user' || first === 'channel') && second) return second
    return null
  }
  if (platform === 'linkedin') return first === 'in' && second ? second : null
  if (platform === 'tiktok') return first.startsWith('@') ? first.slice(1) : null
  if (notHandles.has(first.toLowerCase())) return null
  return first.replace(/^@/, '')
}

const handlePattern = /^[\p{L}\p{N}._-]{1,100}$/u

function toAccount(raw: RawAccount): CandidateAccount | null {
  const urlText = toText(raw.url)
  let handleText = toText(raw.handle)
  // A profile address pasted into a handle column is common; take the handle from it.
  if (handleText && /^(https?:\/\/|www\.)/i.test(handleText)) {
    const platform = toPlatform(raw.platform) ?? platformOfUrl(handleText)
    handleText = platform ? handleOfUrl(handleText, platform) : null
  }
  const platform = toPlatform(raw.platform) ?? platformOfUrl(urlText ?? undefined)
  if (!handleText && urlText && platform) handleText = handleOfUrl(urlText, platform)
  if (!handleText) return null
  const handle = handleText.replace(/^@+/, '')
  if (!platform) {
    throw new RowProblem(
      `The handle "${handle}" has no platform: put it in a column such as "Instagram" or "TikTok", or add a "Platform" column.`,
    )
  }
  const label = platformLabels[platform]
  if (!handlePattern.test(handle)) {
    throw new RowProblem(
      `The ${label} handle "${handle}" has characters a handle cannot have (spaces or slashes).`,
    )
  }
  return {
    platform,
    handle,
    url: urlText && platformOfUrl(urlText) === platform ? urlText : profileUrlOf[platform](handle),
    followers: toCount(raw.followers, `${label} followers`),
    verified: toBool(raw.verified),
  }
}

/**
 * Lower case for matching, A-Z only: the same as SQLite's lower(), so a key made here
 * finds the same rows as one compared in SQL.
 */
export const matchKey = (text: string) => text.replace(/[A-Z]+/g, (c) => c.toLowerCase())

/** The key two accounts are the same by: platform and handle, ignoring case. */
export const accountKey = (platform: string, handle: string) => `${platform}:${matchKey(handle)}`

function normalizeOrThrow(raw: RawCandidate): Candidate {
  const accounts: CandidateAccount[] = []
  for (const found of raw.accounts ?? []) {
    const account = toAccount(found)
    if (!account) continue
    const same = accounts.find(
      (a) => accountKey(a.platform, a.handle) === accountKey(account.platform, account.handle),
    )
    if (same) {
      same.followers ??= account.followers
      same.verified ||= account.verified
    } else accounts.push(account)
  }
  const email = toEmail(raw.email)
  const givenName = toText(raw.name)?.replace(/\s+/g, ' ').slice(0, 200) ?? null
  const first = accounts[0]
  if (!givenName && !first) {
    throw new RowProblem('The row has neither a name nor a handle; one of them is needed.')
  }
  const followers = toCount(raw.followers, 'Followers')
  const engagementRate = toPercent(raw.engagementRate, 'Engagement rate')
  const explicitPlatform = toText(raw.primaryPlatform)
  const primaryPlatform = toPlatform(explicitPlatform)
  if (explicitPlatform && !primaryPlatform) {
    throw new RowProblem(
      `Platform "${explicitPlatform}" is not one of: ${platforms.map((p) => platformLabels[p]).join(', ')}.`,
    )
  }
  // The main account is the named platform's, else the one with the biggest audience.
  const main =
    accounts.find((a) => a.platform === primaryPlatform) ??
    [...accounts].sort((a, b) => (b.followers ?? -1) - (a.followers ?? -1))[0]
  const givenUrl = toText(raw.profileUrl)
  // One account and one follower count: the count is that account's.
  if (accounts.length === 1 && accounts[0]!.followers === null) accounts[0]!.followers = followers
  return {
    name: givenName ?? first!.handle,
    nameFromHandle: !givenName,
    email,
    phone: toText(raw.phone)?.slice(0, 60) ?? null,
    bio: toText(raw.bio)?.slice(0, 5_000) ?? null,
    country: toCountry(raw.country),
    language: toLanguage(raw.language),
    nicheTags: toTags(raw.nicheTags),
    primaryPlatform: primaryPlatform ?? main?.platform ?? null,
    profileUrl: givenUrl ?? main?.url ?? null,
    followers: followers ?? main?.followers ?? null,
    engagementRate,
    accounts,
    derived: {
      primaryPlatform: !primaryPlatform,
      profileUrl: !givenUrl,
      followersOf: followers === null ? (main?.platform ?? null) : null,
    },
  }
}

/** Validates one row; a refusal carries a sentence the user can act on. */
export function normalizeCandidate(raw: RawCandidate): Normalized {
  try {
    return { ok: true, candidate: normalizeOrThrow(raw) }
  } catch (error) {
    if (error instanceof RowProblem) return { ok: false, reason: error.message }
    throw error
  }
}

/** One row as a parser hands it over: its 1-based number and what it found, or why not. */
export type SourceRow = { row: number; raw: RawCandidate } | { row: number; error: string }
