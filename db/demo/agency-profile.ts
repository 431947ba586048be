import type {
  campaignInfluencerStatuses,
  campaignStatuses,
  deliverableTypes,
  interactionTypes,
  Platform,
} from '#shared/domain/enums'

export {
  allPermissions,
  permissionNames,
  roleDescriptions,
  rolePermissions,
  type PermissionName,
} from '#shared/domain/permissions'

/*
 * What a mid-sized influencer agency looks like: its board, its permissions, the people
 * it works with and the words it uses. Tables, not logic, so the steps of the seed read as
 * decisions and this file can be tuned on its own. Weights are relative, not percentages.
 */

export type CampaignStatus = (typeof campaignStatuses)[number]
export type CiStatus = (typeof campaignInfluencerStatuses)[number]
export type DeliverableType = (typeof deliverableTypes)[number]
export type InteractionType = (typeof interactionTypes)[number]

export const defaultStages = [
  { name: 'Saved', kind: 'open', color: '#868e96' },
  { name: 'Contacted', kind: 'open', color: '#228be6' },
  { name: 'Warm', kind: 'open', color: '#fab005' },
  { name: 'Negotiating', kind: 'open', color: '#fd7e14' },
  { name: 'Partnered', kind: 'won', color: '#40c057' },
  { name: 'Cold', kind: 'lost', color: '#495057' },
] as const
export const [SAVED, CONTACTED, WARM, NEGOTIATING, PARTNERED, COLD] = [0, 1, 2, 3, 4, 5]
/** Where a roster sits on the board: most saved or contacted, few partnered. */
export const stageWeights = [34, 24, 14, 8, 8, 12]
/** How much talk each column sees: a partner far more than a saved profile. */
export const stageTalk = [0.15, 1, 2.5, 4, 5, 1.2]

export const niches = [
  'beauty',
  'skincare',
  'fashion',
  'fitness',
  'wellness',
  'food',
  'travel',
  'gaming',
  'tech',
  'parenting',
  'home',
  'finance',
  'pets',
  'music',
  'comedy',
  'outdoors',
  'education',
  'sustainability',
]
export const relationshipTags = [
  'vip',
  'ugc',
  'gifting',
  'paid-only',
  'affiliate',
  'brand-safe',
  'needs-rates',
  'long-term',
  'fast-responder',
  'agency-managed',
]
export const countries: [string, string, number][] = [
  ['US', 'en', 38],
  ['GB', 'en', 11],
  ['CA', 'en', 7],
  ['AU', 'en', 5],
  ['DE', 'de', 6],
  ['FR', 'fr', 5],
  ['ES', 'es', 4],
  ['IT', 'it', 3],
  ['NL', 'nl', 2],
  ['SE', 'sv', 2],
  ['BR', 'pt', 5],
  ['MX', 'es', 4],
  ['IN', 'en', 4],
  ['IE', 'en', 2],
  ['AE', 'en', 2],
]
export const platformWeights: [Platform, number][] = [
  ['instagram', 40],
  ['tiktok', 30],
  ['youtube', 15],
  ['twitter', 5],
  ['linkedin', 5],
  ['twitch', 5],
]
export const tiers = [
  { weight: 40, min: 1_000, max: 10_000, er: [3.5, 9] },
  { weight: 35, min: 10_000, max: 100_000, er: [2.2, 6] },
  { weight: 15, min: 100_000, max: 500_000, er: [1.4, 4] },
  { weight: 8, min: 500_000, max: 1_000_000, er: [1, 3] },
  { weight: 2, min: 1_000_000, max: 15_000_000, er: [0.5, 2] },
] as const
export const profileUrl: Record<Platform, (h: string) => string> = {
  instagram: (h) => `https://www.instagram.com/${h}/`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  twitter: (h) => `https://x.com/${h}`,
  linkedin: (h) => `https://www.linkedin.com/in/${h}`,
  twitch: (h) => `https://www.twitch.tv/${h}`,
}
export const deliverablesFor: Record<Platform, DeliverableType[]> = {
  instagram: ['reel', 'story', 'carousel', 'static_post'],
  tiktok: ['short', 'video_ad', 'unboxing'],
  youtube: ['video_ad', 'review', 'unboxing', 'short'],
  twitter: ['static_post'],
  linkedin: ['static_post', 'carousel'],
  twitch: ['livestream'],
}
export const industries = [
  'Beauty',
  'Fitness',
  'Food & Beverage',
  'Fashion',
  'Consumer Tech',
  'Travel',
  'Gaming',
  'Home',
]
export const campaignThemes = [
  'Summer Glow',
  'Back to School',
  'Holiday Gifting',
  'Spring Refresh',
  'New Year Reset',
  'Launch Week',
  'Creator Collab',
  'Black Friday',
  'Fall Essentials',
  'Wellness Month',
  'Festival Season',
  'Game Day',
  'Weekend Getaway',
  'Self-Care Sunday',
  'Road Trip',
  'Cozy Season',
]
/** Campaign statuses in a realistic mix: mostly running or done. */
export const campaignMix: [CampaignStatus, number][] = [
  ['active', 30],
  ['completed', 30],
  ['planned', 15],
  ['draft', 10],
  ['paused', 7],
  ['cancelled', 8],
]
export const ciMix: Record<CampaignStatus, [CiStatus, number][]> = {
  draft: [['planned', 1]],
  planned: [
    ['planned', 40],
    ['invited', 35],
    ['accepted', 20],
    ['declined', 5],
  ],
  active: [
    ['invited', 10],
    ['accepted', 15],
    ['contracted', 20],
    ['content_submitted', 15],
    ['approved', 10],
    ['published', 25],
    ['declined', 5],
  ],
  paused: [
    ['invited', 10],
    ['accepted', 40],
    ['contracted', 40],
    ['declined', 10],
  ],
  completed: [
    ['paid', 75],
    ['published', 10],
    ['declined', 10],
    ['cancelled', 5],
  ],
  cancelled: [
    ['cancelled', 80],
    ['declined', 20],
  ],
}
export const ciSize: Record<CampaignStatus, [number, number]> = {
  draft: [0, 4],
  planned: [6, 15],
  active: [12, 40],
  paused: [6, 15],
  completed: [10, 30],
  cancelled: [3, 8],
}
export const agreed: CiStatus[] = [
  'accepted',
  'contracted',
  'content_submitted',
  'approved',
  'published',
  'paid',
]
export const interactionMix: [InteractionType, number][] = [
  ['email', 40],
  ['dm', 20],
  ['note', 18],
  ['call', 12],
  ['meeting', 6],
  ['file_upload', 4],
]

export const subjects: Record<InteractionType, string[]> = {
  email: [
    'Collab idea for {campaign}',
    'Rates and availability',
    'Re: Partnership with {brand}',
    'Content brief attached',
    'Quick question about your audience',
    'Following up',
    'Usage rights for your last post',
    'Invoice and payment details',
  ],
  dm: ['DM about {campaign}', 'Quick DM check-in', 'Replied to story', 'Sent product link'],
  call: ['Intro call', 'Rate negotiation call', 'Kick-off call for {campaign}', 'Check-in call'],
  meeting: [
    'Coffee with {first}',
    'Creator day at {brand} HQ',
    'Quarterly review',
    'Shoot planning',
  ],
  note: ['Note', 'Internal note', 'Audience check', 'Rate note'],
  file_upload: ['Media kit', 'Signed contract', 'Draft content', 'Analytics screenshot'],
}
export const bodies: Record<InteractionType, string[]> = {
  email: [
    'Hi {first}, we love your recent content and think you would be a great fit for {brand}. Would you be open to a paid collaboration next month?',
    'Thanks for sending your rates. {brand} can do a reel plus two stories; let me know if that works for your calendar.',
    'Attaching the brief for {campaign}. Key messages are on page two; drafts are due a week before posting.',
    'Just checking in on the draft for {campaign}. Happy to jump on a call if anything in the brief is unclear.',
    'Payment for {campaign} has been approved and should land within 5 business days.',
  ],
  dm: [
    'Sent a DM about {campaign}; {first} replied within the hour and asked for the brief.',
    'Loved the last post! Would you be up for trying the new range from {brand}?',
    'Shared the product link and discount code for the audience.',
  ],
  call: [
    'Talked through deliverables and timing for {campaign}. {first} prefers to post on weekends.',
    'Negotiated the rate down slightly in exchange for a longer usage window.',
    'Intro call: audience is mostly 18-34, strong engagement in the comments.',
  ],
  meeting: [
    'Met {first} in person to plan the shoot; moodboard to follow.',
    'Quarterly review: results beat the benchmark, {first} keen on a long-term deal.',
  ],
  note: [
    '{first} only does paid partnerships, no gifting.',
    'Audience skews female 25-34, mostly {country}.',
    'Good fit for {brand}; check for competing beauty deals first.',
    'Slow to reply by email; DMs work better.',
  ],
  file_upload: [
    'Uploaded the latest media kit from {first}.',
    'Signed contract for {campaign} saved.',
    'First draft of the content for review.',
  ],
}
export const relationshipNotes = [
  'Met at VidCon; very professional.',
  'Prefers long-term ambassador deals over one-offs.',
  'Manager handles all paid requests.',
  'Great results on the last campaign; rebook.',
  'Asked for rates twice; follow up before the next brief.',
  'Only posts organic content, no whitelisting.',
]
