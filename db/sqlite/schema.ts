import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'
import {
  campaignStatuses,
  documentKinds,
  documentStatuses,
  influencerSources,
  interactionTypes,
  platforms,
  userStatuses,
  visibilities,
} from '#shared/domain/enums'
import { sqlList, syncedColumns } from './columns.ts'

export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  country: text('country'),
  currency: text('currency').notNull().default('USD'),
  timezone: text('timezone').notNull().default('UTC'),
  ...syncedColumns(),
})

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    status: text('status').notNull().default('active'),
    ...syncedColumns(),
  },
  (t) => [
    index('users_org_idx').on(t.orgId),
    check('users_status_check', sql`${t.status} in (${sqlList(userStatuses)})`),
  ],
)

export const pipelineStages = sqliteTable(
  'pipeline_stages',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull().default('open'),
    ...syncedColumns(),
  },
  (t) => [
    index('pipeline_stages_org_idx').on(t.orgId, t.position),
    check('pipeline_stages_kind_check', sql`${t.kind} in ('open', 'won', 'lost')`),
  ],
)

export const influencers = sqliteTable(
  'influencers',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    bio: text('bio'),
    country: text('country'),
    language: text('language'),
    primaryPlatform: text('primary_platform'),
    profileUrl: text('profile_url'),
    followers: integer('followers').notNull().default(0),
    engagementRate: real('engagement_rate'),
    source: text('source').notNull().default('manual'),
    ...syncedColumns(),
  },
  (t) => [
    index('influencers_org_name_idx').on(t.orgId, t.name),
    index('influencers_org_followers_idx').on(t.orgId, t.followers),
    check(
      'influencers_platform_check',
      sql`${t.primaryPlatform} is null or ${t.primaryPlatform} in (${sqlList(platforms)})`,
    ),
    check('influencers_source_check', sql`${t.source} in (${sqlList(influencerSources)})`),
    check('influencers_followers_check', sql`${t.followers} >= 0`),
  ],
)

export const influencerRelationships = sqliteTable(
  'influencer_relationships',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    influencerId: text('influencer_id')
      .notNull()
      .references(() => influencers.id, { onDelete: 'cascade' }),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    stageId: text('stage_id')
      .notNull()
      .references(() => pipelineStages.id, { onDelete: 'restrict' }),
    /** Order within its column; fractional so a move writes one row. */
    position: real('position').notNull(),
    priority: integer('priority').notNull().default(0),
    visibility: text('visibility').notNull().default('team'),
    lastContactedAt: text('last_contacted_at'),
    followUpDate: text('follow_up_date'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('influencer_relationships_org_influencer_uq').on(t.orgId, t.influencerId),
    index('influencer_relationships_stage_idx').on(t.stageId, t.position),
    check('influencer_relationships_priority_check', sql`${t.priority} between 0 and 5`),
    check(
      'influencer_relationships_visibility_check',
      sql`${t.visibility} in (${sqlList(visibilities)})`,
    ),
  ],
)

export const interactions = sqliteTable(
  'interactions',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    influencerId: text('influencer_id')
      .notNull()
      .references(() => influencers.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    subject: text('subject'),
    content: text('content'),
    interactionDate: text('interaction_date').notNull(),
    ...syncedColumns(),
  },
  (t) => [
    index('interactions_influencer_date_idx').on(t.influencerId, t.interactionDate),
    check('interactions_type_check', sql`${t.type} in (${sqlList(interactionTypes)})`),
  ],
)

export const campaigns = sqliteTable(
  'campaigns',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    status: text('status').notNull().default('draft'),
    /** Minor units of `currency`; never a float. */
    budget: integer('budget').notNull().default(0),
    currency: text('currency').notNull().default('USD'),
    ...syncedColumns(),
  },
  (t) => [
    index('campaigns_org_status_idx').on(t.orgId, t.status),
    check('campaigns_status_check', sql`${t.status} in (${sqlList(campaignStatuses)})`),
    check('campaigns_budget_check', sql`${t.budget} >= 0`),
  ],
)

export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('draft'),
    ...syncedColumns(),
  },
  (t) => [
    index('documents_org_idx').on(t.orgId),
    check('documents_kind_check', sql`${t.kind} in (${sqlList(documentKinds)})`),
    check('documents_status_check', sql`${t.status} in (${sqlList(documentStatuses)})`),
  ],
)
