import Papa from 'papaparse'
import { CrmError } from '#shared/contract/index'
import { platforms, type Platform } from '#shared/domain/enums'
import { toPlatform, type RawAccount, type RawCandidate, type SourceRow } from './normalize.ts'

/** What one column of the file holds. */
type Role =
  | { kind: 'field'; field: Exclude<keyof RawCandidate, 'accounts'> }
  | { kind: 'firstName' }
  | { kind: 'lastName' }
  | { kind: 'handle'; platform: Platform | null }
  | { kind: 'accountUrl'; platform: Platform }
  | { kind: 'accountFollowers'; platform: Platform }
  | { kind: 'verified' }

/** Headers are compared lower-case with spaces, dashes and symbols removed: "Full Name" = "fullname". */
const keyOf = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '')

const fieldHeaders: Record<Exclude<keyof RawCandidate, 'accounts'>, string[]> = {
  name: [
    'name',
    'fullname',
    'influencer',
    'influencername',
    'creator',
    'creatorname',
    'displayname',
    'contactname',
  ],
  email: ['email', 'emailaddress', 'mail', 'contactemail', 'businessemail', 'publicemail'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilenumber', 'tel', 'telephone', 'whatsapp'],
  bio: ['bio', 'biography', 'description', 'about', 'summary'],
  country: ['country', 'countrycode', 'countryiso'],
  language: ['language', 'lang', 'languages'],
  nicheTags: [
    'niche',
    'niches',
    'nichetags',
    'tags',
    'tag',
    'category',
    'categories',
    'topics',
    'verticals',
  ],
  primaryPlatform: ['platform', 'primaryplatform', 'mainplatform', 'network', 'channel'],
  profileUrl: ['profileurl', 'profilelink', 'profile', 'url', 'link'],
  followers: [
    'followers',
    'followercount',
    'followerscount',
    'totalfollowers',
    'audience',
    'audiencesize',
    'subscribers',
    'fans',
  ],
  engagementRate: [
    'engagement',
    'engagementrate',
    'er',
    'avgengagement',
    'averageengagement',
    'engagementratepercent',
    'engagementpercent',
  ],
}

const platformNames: Record<Platform, string[]> = {
  instagram: ['instagram', 'ig', 'insta'],
  tiktok: ['tiktok', 'tt'],
  youtube: ['youtube', 'yt'],
  twitter: ['twitter', 'x'],
  linkedin: ['linkedin'],
  twitch: ['twitch'],
}
const handleSuffixes = ['', 'handle', 'username', 'user', 'account', 'id', 'name']
const urlSuffixes = ['url', 'link', 'profile', 'profileurl', 'profilelink', 'channel', 'channelurl']
const followerSuffixes = [
  'followers',
  'followercount',
  'followerscount',
  'subscribers',
  'fans',
  'audience',
]

function roleOf(key: string): Role | null {
  for (const [field, names] of Object.entries(fieldHeaders)) {
    if (names.includes(key)) return { kind: 'field', field: field as keyof typeof fieldHeaders }
  }
  if (['firstname', 'givenname', 'first'].includes(key)) return { kind: 'firstName' }
  if (['lastname', 'surname', 'familyname', 'last'].includes(key)) return { kind: 'lastName' }
  if (['handle', 'username', 'user', 'account', 'socialhandle'].includes(key)) {
    return { kind: 'handle', platform: null }
  }
  if (['verified', 'isverified'].includes(key)) return { kind: 'verified' }
  for (const platform of platforms) {
    for (const name of platformNames[platform]) {
      if (!key.startsWith(name)) continue
      const rest = key.slice(name.length)
      if (handleSuffixes.includes(rest)) return { kind: 'handle', platform }
      if (urlSuffixes.includes(rest)) return { kind: 'accountUrl', platform }
      if (followerSuffixes.includes(rest)) return { kind: 'accountFollowers', platform }
    }
  }
  return null
}

/** Cells of one row into the loose shape normalize.ts validates. */
function rawOf(cells: string[], roles: (Role | null)[]): RawCandidate {
  const raw: Record<string, unknown> = {}
  const accounts = new Map<Platform | null, RawAccount>()
  const account = (platform: Platform | null) => {
    let found = accounts.get(platform)
    if (!found) accounts.set(platform, (found = { platform }))
    return found
  }
  let first = ''
  let last = ''
  let verified: string | undefined
  roles.forEach((role, index) => {
    const cell = cells[index]?.trim()
    if (!role || !cell) return
    switch (role.kind) {
      case 'field':
        raw[role.field] ??= cell
        break
      case 'firstName':
        first ||= cell
        break
      case 'lastName':
        last ||= cell
        break
      case 'handle':
        account(role.platform).handle ??= cell
        break
      case 'accountUrl':
        account(role.platform).url ??= cell
        break
      case 'accountFollowers':
        account(role.platform).followers ??= cell
        break
      case 'verified':
        verified = cell
        break
    }
  })
  raw.name ??= [first, last].filter(Boolean).join(' ') || undefined
  // A bare "handle" column belongs to the row's platform column; a profile link may name one.
  if (typeof raw.profileUrl === 'string') account(null).url ??= raw.profileUrl
  const generic = accounts.get(null)
  if (generic) generic.platform = toPlatform(raw.primaryPlatform) ?? null
  const list = [...accounts.values()]
  if (verified !== undefined && list[0]) list[0].verified = verified
  return { ...raw, accounts: list }
}

/**
 * A CSV with a header row into numbered rows (1 = the first row under the header). Column
 * names are matched loosely; unknown columns are ignored. Problems with the file as a whole
 * throw before anything is written; problems with one row refuse only that row.
 */
export function parseCsvRows(content: string): SourceRow[] {
  const text = content.replace(/^\uFEFF/, '')
  // Blank lines are kept so Papa's error row numbers match ours; they would also confuse
  // its delimiter guess (comma, semicolon or tab), so the guess is made without them.
  const { delimiter } = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: 'greedy' }).meta
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter })
  const [header, ...body] = parsed.data
  if (!header || header.every((h) => !h.trim())) {
    throw new CrmError(
      'invalid_input',
      'The file is empty: a CSV needs a header row and at least one row.',
    )
  }
  const roles = header.map((h) => roleOf(keyOf(h)))
  const identifies = roles.some(
    (r) =>
      r &&
      (r.kind === 'firstName' ||
        r.kind === 'handle' ||
        r.kind === 'accountUrl' ||
        (r.kind === 'field' && (r.field === 'name' || r.field === 'profileUrl'))),
  )
  if (!identifies) {
    throw new CrmError(
      'invalid_input',
      `The file has no column for names or handles. Found: ${header.map((h) => `"${h.trim()}"`).join(', ')}. ` +
        'Name a column "Name", "Instagram", "TikTok", "YouTube" or "Handle" (with a "Platform" column).',
    )
  }
  // Papa numbers rows from 0 including the header; ours start at 1 under it. Blank lines
  // are skipped but keep their number, so row 5 is the fifth line under the header.
  const broken = new Map<number, string>()
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row < 1) continue
    if (error.code === 'MissingQuotes') {
      broken.set(
        error.row,
        'A quotation mark in this row is not closed, so this row and the rest of the file after it could not be read. Fix the quotes and import again.',
      )
    } else if (error.code === 'InvalidQuotes' && !broken.has(error.row)) {
      broken.set(
        error.row,
        'A quotation mark in this row is misplaced, so the row cannot be read reliably.',
      )
    }
  }
  const rows: SourceRow[] = []
  body.forEach((cells, index) => {
    const row = index + 1
    const problem = broken.get(row)
    if (problem) rows.push({ row, error: problem })
    else if (cells.some((cell) => cell.trim())) rows.push({ row, raw: rawOf(cells, roles) })
  })
  if (rows.length === 0) {
    throw new CrmError('invalid_input', 'The file has a header row but no rows to import.')
  }
  return rows
}
