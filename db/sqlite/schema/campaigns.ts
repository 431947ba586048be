import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core'
import {
  activeOfferStatuses,
  campaignInfluencerStatuses,
  campaignStatuses,
  contractStatuses,
  counterParties,
  deliverableStatuses,
  deliverableTypes,
  disputeStatuses,
  escrowStatuses,
  financialDocumentStatuses,
  financialDocumentTypes,
  importSources,
  importStatuses,
  offerStatuses,
  opportunityStages,
  paymentMethods,
  paymentStatuses,
  platforms,
} from '#shared/domain/enums'
import {
  bool,
  currency,
  id,
  inList,
  json,
  money,
  orgId,
  sqlList,
  syncedColumns,
  timestamp,
} from '../columns.ts'
import { organizations, users } from './access.ts'
import { brands } from './clients.ts'
import { documents } from './documents.ts'
import { influencers } from './influencers.ts'

const org = () => organizations.id
const influencer = () => influencers.id
const nonNegative = (name: string, column: AnySQLiteColumn) =>
  check(name, sql`${column} is null or ${column} >= 0`)

export const campaigns = sqliteTable(
  'campaigns',
  {
    id: id(),
    orgId: orgId(org),
    brandId: text('brand_id').references(() => brands.id, { onDelete: 'cascade' }),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    description: text('description'),
    brief: json<Record<string, unknown>>('brief'),
    type: text('type'),
    status: text('status').notNull().default('draft'),
    budget: money('budget').notNull().default(0),
    budgetMin: money('budget_min'),
    budgetMax: money('budget_max'),
    currency: currency(),
    startDate: timestamp('start_date'),
    endDate: timestamp('end_date'),
    deliverableDeadline: timestamp('deliverable_deadline'),
    submissionDeadline: timestamp('submission_deadline'),
    targetPlatforms: json<string[]>('target_platforms')
      .notNull()
      .default(sql`'[]'`),
    kpiTargets: json<Record<string, number>>('kpi_targets'),
    contentApprovalRequired: bool('content_approval_required').notNull().default(true),
    publishedAt: timestamp('published_at'),
    completedAt: timestamp('completed_at'),
    ...syncedColumns(),
  },
  (t) => [
    index('campaigns_org_status_idx').on(t.orgId, t.status),
    index('campaigns_brand_idx').on(t.brandId),
    index('campaigns_start_date_idx').on(t.startDate),
    check('campaigns_status_check', inList(t.status, campaignStatuses)),
    check('campaigns_budget_check', sql`${t.budget} >= 0`),
    nonNegative('campaigns_budget_min_check', t.budgetMin),
    nonNegative('campaigns_budget_max_check', t.budgetMax),
    check(
      'campaigns_budget_range_check',
      sql`${t.budgetMin} is null or ${t.budgetMax} is null or ${t.budgetMin} <= ${t.budgetMax}`,
    ),
    check(
      'campaigns_dates_check',
      sql`${t.startDate} is null or ${t.endDate} is null or ${t.startDate} <= ${t.endDate}`,
    ),
  ],
)

const campaign = () => campaigns.id

/** An influencer in a campaign: the campaign board is this table by status. */
export const campaignInfluencers = sqliteTable(
  'campaign_influencers',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id').notNull().references(campaign, { onDelete: 'cascade' }),
    influencerId: text('influencer_id').notNull().references(influencer, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('planned'),
    rate: money('rate'),
    currency: currency(),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmContent: text('utm_content'),
    utmTerm: text('utm_term'),
    utmUrl: text('utm_url'),
    promoCode: text('promo_code'),
    notes: text('notes'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('campaign_influencers_uq').on(t.campaignId, t.influencerId),
    index('campaign_influencers_influencer_idx').on(t.influencerId),
    index('campaign_influencers_status_idx').on(t.campaignId, t.status),
    check('campaign_influencers_status_check', inList(t.status, campaignInfluencerStatuses)),
    nonNegative('campaign_influencers_rate_check', t.rate),
  ],
)

export const deliverables = sqliteTable(
  'deliverables',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id').notNull().references(campaign, { onDelete: 'cascade' }),
    campaignInfluencerId: text('campaign_influencer_id').references(() => campaignInfluencers.id, {
      onDelete: 'set null',
    }),
    type: text('type').notNull(),
    count: integer('count').notNull().default(1),
    priceMin: money('price_min'),
    priceMax: money('price_max'),
    priceSuggested: money('price_suggested'),
    currency: currency(),
    instructions: text('instructions'),
    guidelines: json<Record<string, unknown>>('guidelines'),
    dueDate: timestamp('due_date'),
    status: text('status').notNull().default('pending'),
    postUrl: text('post_url'),
    ...syncedColumns(),
  },
  (t) => [
    index('deliverables_campaign_idx').on(t.campaignId),
    index('deliverables_due_idx').on(t.dueDate),
    check('deliverables_type_check', inList(t.type, deliverableTypes)),
    check('deliverables_status_check', inList(t.status, deliverableStatuses)),
    check('deliverables_count_check', sql`${t.count} >= 1`),
    nonNegative('deliverables_price_min_check', t.priceMin),
    nonNegative('deliverables_price_max_check', t.priceMax),
    nonNegative('deliverables_price_suggested_check', t.priceSuggested),
    check(
      'deliverables_price_range_check',
      sql`${t.priceMin} is null or ${t.priceMax} is null or ${t.priceMin} <= ${t.priceMax}`,
    ),
  ],
)

export const offers = sqliteTable(
  'offers',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id').notNull().references(campaign),
    influencerId: text('influencer_id').notNull().references(influencer),
    price: money('price').notNull(),
    currency: currency(),
    terms: json<Record<string, unknown>>('terms'),
    status: text('status').notNull().default('pending'),
    version: integer('version').notNull().default(1),
    counterBy: text('counter_by'),
    expiresAt: timestamp('expires_at'),
    acceptedAt: timestamp('accepted_at'),
    rejectedAt: timestamp('rejected_at'),
    ...syncedColumns(),
  },
  (t) => [
    index('offers_campaign_idx').on(t.campaignId),
    index('offers_influencer_idx').on(t.influencerId),
    index('offers_status_idx').on(t.status),
    // Seed 001: one active offer per influencer and campaign.
    uniqueIndex('offers_active_per_influencer_uq')
      .on(t.campaignId, t.influencerId)
      .where(sql`status in (${sqlList(activeOfferStatuses)}) and deleted_at is null`),
    check('offers_status_check', inList(t.status, offerStatuses)),
    check('offers_price_check', sql`${t.price} >= 0`),
    check(
      'offers_counter_by_check',
      sql`${t.counterBy} is null or ${inList(t.counterBy, counterParties)}`,
    ),
  ],
)

export const contracts = sqliteTable(
  'contracts',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id').notNull().references(campaign),
    offerId: text('offer_id')
      .notNull()
      .references(() => offers.id),
    influencerId: text('influencer_id').notNull().references(influencer),
    documentId: text('document_id').references(() => documents.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('pending'),
    content: json<Record<string, unknown>>('content').notNull(),
    signedBy: json<Record<string, unknown>>('signed_by'),
    signedAt: timestamp('signed_at'),
    disputeStatus: text('dispute_status'),
    disputeReason: text('dispute_reason'),
    disputeEvidence: json<Record<string, unknown>>('dispute_evidence'),
    disputeResolution: json<Record<string, unknown>>('dispute_resolution'),
    ...syncedColumns(),
  },
  (t) => [
    index('contracts_campaign_idx').on(t.campaignId),
    index('contracts_influencer_idx').on(t.influencerId),
    index('contracts_status_idx').on(t.status),
    check('contracts_status_check', inList(t.status, contractStatuses)),
    check(
      'contracts_dispute_status_check',
      sql`${t.disputeStatus} is null or ${inList(t.disputeStatus, disputeStatuses)}`,
    ),
  ],
)

/** Recorded, not processed: the agency pays through its bank; this is the ledger. */
export const payments = sqliteTable(
  'payments',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id').notNull().references(campaign),
    contractId: text('contract_id').references(() => contracts.id),
    influencerId: text('influencer_id').notNull().references(influencer),
    amount: money('amount').notNull(),
    currency: currency(),
    status: text('status').notNull().default('pending'),
    paymentMethod: text('payment_method'),
    escrowStatus: text('escrow_status').notNull().default('held'),
    escrowReleasedAt: timestamp('escrow_released_at'),
    externalReference: text('external_reference'),
    metadata: json<Record<string, unknown>>('metadata'),
    paidAt: timestamp('paid_at'),
    failedAt: timestamp('failed_at'),
    ...syncedColumns(),
  },
  (t) => [
    index('payments_campaign_idx').on(t.campaignId),
    index('payments_status_idx').on(t.status),
    index('payments_influencer_idx').on(t.influencerId),
    check('payments_status_check', inList(t.status, paymentStatuses)),
    check('payments_amount_check', sql`${t.amount} >= 0`),
    check(
      'payments_method_check',
      sql`${t.paymentMethod} is null or ${inList(t.paymentMethod, paymentMethods)}`,
    ),
    check('payments_escrow_check', inList(t.escrowStatus, escrowStatuses)),
  ],
)

/** POs, invoices and forms. A number made offline is provisional until the server assigns one. */
export const financialDocuments = sqliteTable(
  'financial_documents',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id').references(campaign, { onDelete: 'cascade' }),
    documentId: text('document_id').references(() => documents.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    documentNumber: text('document_number').notNull(),
    numberProvisional: bool('number_provisional').notNull().default(true),
    amount: money('amount').notNull(),
    currency: currency(),
    status: text('status').notNull().default('pending'),
    issueDate: timestamp('issue_date'),
    dueDate: timestamp('due_date'),
    paidDate: timestamp('paid_date'),
    description: text('description'),
    lineItems: json<{ description: string; quantity: number; unitPrice: number }[]>('line_items')
      .notNull()
      .default(sql`'[]'`),
    metadata: json<Record<string, unknown>>('metadata'),
    filePath: text('file_path'),
    ...syncedColumns(),
  },
  (t) => [
    uniqueIndex('financial_documents_org_number_uq').on(t.orgId, t.documentNumber),
    index('financial_documents_campaign_idx').on(t.campaignId),
    index('financial_documents_type_status_idx').on(t.type, t.status),
    check('financial_documents_type_check', inList(t.type, financialDocumentTypes)),
    check('financial_documents_status_check', inList(t.status, financialDocumentStatuses)),
    check('financial_documents_amount_check', sql`${t.amount} >= 0`),
  ],
)

/** Seed 001's metric snapshots and 004's engagement metrics, per published post. */
export const postMetrics = sqliteTable(
  'post_metrics',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id').notNull().references(campaign, { onDelete: 'cascade' }),
    campaignInfluencerId: text('campaign_influencer_id').references(() => campaignInfluencers.id, {
      onDelete: 'cascade',
    }),
    deliverableId: text('deliverable_id').references(() => deliverables.id, {
      onDelete: 'set null',
    }),
    platform: text('platform').notNull(),
    postUrl: text('post_url'),
    impressions: integer('impressions'),
    reach: integer('reach'),
    likes: integer('likes'),
    comments: integer('comments'),
    shares: integer('shares'),
    clicks: integer('clicks'),
    engagementRate: real('engagement_rate'),
    measuredAt: timestamp('measured_at').notNull(),
    ...syncedColumns(),
  },
  (t) => [
    index('post_metrics_campaign_measured_idx').on(t.campaignId, t.measuredAt),
    index('post_metrics_campaign_influencer_idx').on(t.campaignInfluencerId),
    check('post_metrics_platform_check', inList(t.platform, platforms)),
  ],
)

/** Seed 003's pipeline attribution: deals tied to a campaign and influencer by UTM values. */
export const opportunities = sqliteTable(
  'opportunities',
  {
    id: id(),
    orgId: orgId(org),
    campaignId: text('campaign_id').references(campaign, { onDelete: 'set null' }),
    influencerId: text('influencer_id').references(influencer, { onDelete: 'set null' }),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    amount: money('amount').notNull().default(0),
    currency: currency(),
    stage: text('stage').notNull().default('prospecting'),
    closeDate: timestamp('close_date'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmContent: text('utm_content'),
    utmTerm: text('utm_term'),
    ...syncedColumns(),
  },
  (t) => [
    index('opportunities_campaign_idx').on(t.campaignId),
    index('opportunities_influencer_idx').on(t.influencerId),
    index('opportunities_org_stage_idx').on(t.orgId, t.stage),
    check('opportunities_stage_check', inList(t.stage, opportunityStages)),
    check('opportunities_amount_check', sql`${t.amount} >= 0`),
  ],
)

export const analyticsSnapshots = sqliteTable(
  'analytics_snapshots',
  {
    id: id(),
    orgId: orgId(org),
    takenAt: timestamp('taken_at').notNull(),
    totalCampaigns: integer('total_campaigns').notNull().default(0),
    activeCampaigns: integer('active_campaigns').notNull().default(0),
    totalBudget: money('total_budget').notNull().default(0),
    totalInfluencers: integer('total_influencers').notNull().default(0),
    partneredInfluencers: integer('partnered_influencers').notNull().default(0),
    totalRevenue: money('total_revenue').notNull().default(0),
    totalExpenses: money('total_expenses').notNull().default(0),
    currency: currency(),
    metadata: json<Record<string, unknown>>('metadata'),
    ...syncedColumns(),
  },
  (t) => [index('analytics_snapshots_org_taken_idx').on(t.orgId, t.takenAt)],
)

/** One import of an influencer list (seed 000's apify_run_logs), with its refusal report. */
export const importRuns = sqliteTable(
  'import_runs',
  {
    id: id(),
    orgId: orgId(org),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    source: text('source').notNull(),
    fileName: text('file_name'),
    externalRunId: text('external_run_id'),
    status: text('status').notNull().default('running'),
    startedAt: timestamp('started_at').notNull(),
    finishedAt: timestamp('finished_at'),
    totalRows: integer('total_rows').notNull().default(0),
    createdCount: integer('created_count').notNull().default(0),
    updatedCount: integer('updated_count').notNull().default(0),
    refusedCount: integer('refused_count').notNull().default(0),
    /** Each refused row: its number and the reason, for the user to fix and re-import. */
    refusals: json<{ row: number; reason: string }[]>('refusals')
      .notNull()
      .default(sql`'[]'`),
    statusMessage: text('status_message'),
    ...syncedColumns(),
  },
  (t) => [
    index('import_runs_org_started_idx').on(t.orgId, t.startedAt),
    check('import_runs_source_check', inList(t.source, importSources)),
    check('import_runs_status_check', inList(t.status, importStatuses)),
  ],
)
