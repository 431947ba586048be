import { z } from 'zod'
import { CampaignStatus, Currency, InteractionType } from '../domain/enums.ts'
import { IsoTime } from './common.ts'

const Count = z.number().int().min(0)
/** Integer minor units of the row's currency. */
const Minor = z.number().int()

/** One column of the board and how many live cards sit in it. */
export const FunnelStage = z.object({
  stageId: z.string(),
  name: z.string(),
  kind: z.enum(['open', 'won', 'lost']),
  count: Count,
})
export type FunnelStage = z.infer<typeof FunnelStage>

/** Seed 001's v_active_campaigns: an active or paused campaign's money. */
export const SpendCampaign = z.object({
  id: z.string(),
  name: z.string(),
  brandName: z.string().nullable(),
  status: CampaignStatus,
  currency: z.string(),
  budget: Minor,
  /** Accepted and completed offers. */
  committed: Minor,
  /** Captured and released payments. */
  paid: Minor,
  /** Accepted and completed offers, counted. */
  offerCount: Count,
  /** Won deals attributed to the campaign (seed 003), in the organization's currency. */
  attributedRevenue: Minor,
  /** Attributed revenue over paid; null while nothing is paid. */
  roi: z.number().nullable(),
})
export type SpendCampaign = z.infer<typeof SpendCampaign>

/** Sums per currency: amounts in different currencies are never added together. */
export const SpendTotal = z.object({
  currency: z.string(),
  campaigns: Count,
  budget: Minor,
  committed: Minor,
  paid: Minor,
  offerCount: Count,
})
export type SpendTotal = z.infer<typeof SpendTotal>

export const Spend = z.object({
  campaigns: z.array(SpendCampaign),
  totals: z.array(SpendTotal),
})
export type Spend = z.infer<typeof Spend>

export const ActivityWeek = z.object({
  /** The week's first instant (UTC ISO). */
  start: z.string(),
  counts: z.record(InteractionType, Count),
  total: Count,
})
export type ActivityWeek = z.infer<typeof ActivityWeek>

export const Activity = z.object({
  /** Oldest first; the last one is the week that starts at `weekStart`. */
  weeks: z.array(ActivityWeek),
  types: z.array(InteractionType),
})
export type Activity = z.infer<typeof Activity>

/** Seed 001's v_influencer_leaderboard over this model. */
export const LeaderboardRow = z.object({
  influencerId: z.string(),
  name: z.string(),
  primaryPlatform: z.string().nullable(),
  /** Campaigns with a completed contract. */
  completedCampaigns: Count,
  /** Mean engagement rate (%) over the stats history; null without history. */
  avgEngagement: z.number().nullable(),
  /** Captured and released payments to the influencer, in the leaderboard's currency. */
  earnings: Minor,
})
export type LeaderboardRow = z.infer<typeof LeaderboardRow>

export const Leaderboard = z.object({
  currency: z.string(),
  /** Every currency influencers were paid in, so a screen can offer the others. */
  currencies: z.array(z.string()),
  rows: z.array(LeaderboardRow),
})
export type Leaderboard = z.infer<typeof Leaderboard>

/** Seed 002's admin_analytics: one row per active member of the team. */
export const TeamMemberStats = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  /** Pipeline cards this person owns. */
  influencers: Count,
  /** Of those, cards in a won stage. */
  partnered: Count,
  campaigns: Count,
  interactions: Count,
  /** Mean relationship strength (0-100) of their cards; null without cards. */
  avgStrength: z.number().nullable(),
  lastActivity: z.string().nullable(),
})
export type TeamMemberStats = z.infer<typeof TeamMemberStats>

export const dashboardChannels = {
  /** The board's stages in order with their live card counts. */
  'dashboard.funnel': { input: z.object({}).strict(), output: z.array(FunnelStage) },
  /** Active and paused campaigns: budget against committed and paid. */
  'dashboard.spend': { input: z.object({}).strict(), output: Spend },
  /**
   * Interactions per week and type. The caller names the start of its current week (its
   * own midnight, which main cannot know); earlier weeks are whole 7-day spans before it.
   */
  'dashboard.activity': {
    input: z.object({
      weeks: z.number().int().min(1).max(104).default(12),
      weekStart: IsoTime,
    }),
    output: Activity,
  },
  /** Top influencers by earnings; the organization's currency unless another is asked for. */
  'dashboard.leaderboard': {
    input: z.object({
      limit: z.number().int().min(1).max(100).default(10),
      currency: Currency.optional(),
    }),
    output: Leaderboard,
  },
  'dashboard.team': { input: z.object({}).strict(), output: z.array(TeamMemberStats) },
} as const
