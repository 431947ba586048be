import { sql } from 'drizzle-orm'
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import {
  directions,
  fakeFollowerRisks,
  influencerSources,
  interactionTypes,
  platforms,
  stageKinds,
  visibilities,
} from '#shared/domain/enums'
import { bigCount, bool, id, inList, json, orgId, syncedColumns, timestamp } from '../columns.ts'
import { organizations, users } from './access.ts'
import { campaigns } from './campaigns.ts'

const org = () => organizations.id

export const influencers = pgTable(
  'influencers',
  {
    id: id(),
    orgId: orgId(org),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    bio: text('bio'),
    avatarUrl: text('avatar_url'),
    country: text('country'),
    language: text('language'),
    nicheTags: json<string[]>('niche_tags').notNull().default([]),
    primaryPlatform: text('primary_platform'),
    profileUrl: text('profile_url'),
    followers: bigCount('followers').notNull().default(0),
    engagementRate: doublePrecision('engagement_rate'),
    audienceDemographics: json<Record<string, unknown>>('audience_demographics'),
    rateCard: json<Record<string, unknown>>('rate_card'),
    source: text('source').notNull().default('manual'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('influencers_org_email_uq').on(t.orgId, t.email),
    index('influencers_org_name_idx').on(t.orgId, t.name),
    index('influencers_org_followers_idx').on(t.orgId, t.followers),
    index('influencers_org_platform_idx').on(t.orgId, t.primaryPlatform),
    check(
      'influencers_platform_check',
      sql`${t.primaryPlatform} is null or ${inList(t.primaryPlatform, platforms)}`,
    ),
    check('influencers_source_check', inList(t.source, influencerSources)),
    check('influencers_followers_check', sql`${t.followers} >= 0`),
    check(
      'influencers_engagement_check',
      sql`${t.engagementRate} is null or ${t.engagementRate} between 0 and 100`,
    ),
  ],
)

const influencer = () => influencers.id

/** An influencer's handle on one platform (seed 001's profile handles). */
export const influencerAccounts = pgTable(
  'influencer_accounts',
  {
    id: id(),
    orgId: orgId(org),
    influencerId: uuid('influencer_id').notNull().references(influencer, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    handle: text('handle').notNull(),
    url: text('url'),
    followers: bigCount('followers'),
    verified: bool('verified').notNull().default(false),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('influencer_accounts_org_platform_handle_uq').on(t.orgId, t.platform, t.handle),
    index('influencer_accounts_influencer_idx').on(t.influencerId),
    check('influencer_accounts_platform_check', inList(t.platform, platforms)),
  ],
)

export const influencerStatsHistory = pgTable(
  'influencer_stats_history',
  {
    id: id(),
    orgId: orgId(org),
    influencerId: uuid('influencer_id').notNull().references(influencer, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    followers: bigCount('followers'),
    following: bigCount('following'),
    posts: integer('posts'),
    engagementRate: doublePrecision('engagement_rate'),
    averageLikes: bigCount('average_likes'),
    averageComments: bigCount('average_comments'),
    reach: bigCount('reach'),
    impressions: bigCount('impressions'),
    audienceGrowth: doublePrecision('audience_growth'),
    authenticityScore: doublePrecision('authenticity_score'),
    fakeFollowerRisk: text('fake_follower_risk').notNull().default('low'),
    fakeFollowerRiskScore: doublePrecision('fake_follower_risk_score'),
    dataSource: text('data_source'),
    snapshotAt: timestamp('snapshot_at').notNull(),
    ...syncedColumns(),
  },
  (t) => [
    index('influencer_stats_influencer_platform_date_idx').on(
      t.influencerId,
      t.platform,
      t.snapshotAt,
    ),
    check('influencer_stats_platform_check', inList(t.platform, platforms)),
    check('influencer_stats_risk_check', inList(t.fakeFollowerRisk, fakeFollowerRisks)),
    check(
      'influencer_stats_authenticity_check',
      sql`${t.authenticityScore} is null or ${t.authenticityScore} between 0 and 1`,
    ),
  ],
)

/** The board's columns, per organization (defaults from seeds 002 and 000). */
export const pipelineStages = pgTable(
  'pipeline_stages',
  {
    id: id(),
    orgId: orgId(org),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull().default('open'),
    color: text('color'),
    ...syncedColumns(),
  },
  (t) => [
    index('pipeline_stages_org_position_idx').on(t.orgId, t.position),
    check('pipeline_stages_kind_check', inList(t.kind, stageKinds)),
  ],
)

/** The agency's relationship with an influencer: one card on the pipeline board. */
export const influencerRelationships = pgTable(
  'influencer_relationships',
  {
    id: id(),
    orgId: orgId(org),
    influencerId: uuid('influencer_id').notNull().references(influencer, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => pipelineStages.id, { onDelete: 'restrict' }),
    /** Order within its column; fractional so a move writes one row. */
    position: doublePrecision('position').notNull(),
    priority: integer('priority').notNull().default(0),
    tags: json<string[]>('tags').notNull().default([]),
    notes: text('notes'),
    lastContactedAt: timestamp('last_contacted_at'),
    followUpDate: timestamp('follow_up_date'),
    /** 0-100, derived from interactions (shared/domain/relationship-strength.ts). */
    relationshipStrength: integer('relationship_strength').notNull().default(0),
    visibility: text('visibility').notNull().default('team'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('influencer_relationships_org_influencer_uq').on(t.orgId, t.influencerId),
    // Every influencer read joins its card by influencer_id alone: without this, a scan per row.
    index('influencer_relationships_influencer_idx').on(t.influencerId),
    index('influencer_relationships_stage_position_idx').on(t.stageId, t.position),
    index('influencer_relationships_follow_up_idx').on(t.followUpDate),
    index('influencer_relationships_strength_idx').on(t.relationshipStrength),
    index('influencer_relationships_owner_idx').on(t.ownerId),
    check('influencer_relationships_priority_check', sql`${t.priority} between 0 and 5`),
    check(
      'influencer_relationships_strength_check',
      sql`${t.relationshipStrength} between 0 and 100`,
    ),
    check('influencer_relationships_visibility_check', inList(t.visibility, visibilities)),
  ],
)

/** Every email, call, meeting, note and DM, in order (seed 002). */
export const interactions = pgTable(
  'interactions',
  {
    id: id(),
    orgId: orgId(org),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    influencerId: uuid('influencer_id').notNull().references(influencer, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    direction: text('direction'),
    subject: text('subject'),
    content: text('content'),
    /** A file kept on the author's computer, relative to its attachments folder. */
    attachmentPath: text('attachment_path'),
    interactionDate: timestamp('interaction_date').notNull(),
    visibility: text('visibility').notNull().default('team'),
    ...syncedColumns(),
  },
  (t) => [
    index('interactions_influencer_date_idx').on(t.influencerId, t.interactionDate),
    index('interactions_user_idx').on(t.userId),
    index('interactions_campaign_idx').on(t.campaignId),
    index('interactions_type_idx').on(t.type),
    index('interactions_date_idx').on(t.interactionDate),
    check('interactions_type_check', inList(t.type, interactionTypes)),
    check(
      'interactions_direction_check',
      sql`${t.direction} is null or ${inList(t.direction, directions)}`,
    ),
    check('interactions_visibility_check', inList(t.visibility, visibilities)),
  ],
)

/** Follow-ups with an assignee and a due time, linked to an influencer or a campaign. */
export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    orgId: orgId(org),
    title: text('title').notNull(),
    notes: text('notes'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    influencerId: uuid('influencer_id').references(influencer, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'cascade' }),
    dueAt: timestamp('due_at'),
    doneAt: timestamp('done_at'),
    ...syncedColumns(),
  },
  (t) => [
    index('tasks_assignee_due_idx').on(t.assigneeId, t.doneAt, t.dueAt),
    index('tasks_influencer_idx').on(t.influencerId),
    index('tasks_campaign_idx').on(t.campaignId),
  ],
)
