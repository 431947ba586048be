import type { defaultUtm } from '#shared/domain/utm'
import type { Platform } from '#shared/domain/enums'
import { newId } from '../sqlite/ids.ts'
import * as t from '../sqlite/schema/index.ts'
import type { Campaign, CampaignLink, Campaigns } from './campaigns.ts'
import type { Brand } from './clients.ts'
import { dayMs, stamp, type Agency, type DemoContext, type Roster } from './context.ts'
import { openDeal } from './deals.ts'
import { campaignPaperwork, documentBodies, documentTemplates } from './documents.ts'
import { campaignFinance, payDeal } from './money.ts'
import { campaignOpportunities, dealPosts, openDeliverables } from './posts.ts'
import { teamActivity } from './team-activity.ts'

/** The rows of campaign work, gathered over all campaigns and written in one go. */
export interface WorkRows {
  ciRows: (typeof t.campaignInfluencers.$inferInsert)[]
  deliverableRows: (typeof t.deliverables.$inferInsert)[]
  offerRows: (typeof t.offers.$inferInsert)[]
  contractRows: (typeof t.contracts.$inferInsert)[]
  paymentRows: (typeof t.payments.$inferInsert)[]
  financeRows: (typeof t.financialDocuments.$inferInsert)[]
  documentRows: (typeof t.documents.$inferInsert)[]
  metricRows: (typeof t.postMetrics.$inferInsert)[]
  opportunityRows: (typeof t.opportunities.$inferInsert)[]
  campaignProductRows: (typeof t.campaignProducts.$inferInsert)[]
}

/** A live post: whose it is and the UTM values its link carries, for attributing deals. */
export interface LivePost {
  ciId: string
  influencer: number
  utm: ReturnType<typeof defaultUtm>
}

/** What the steps of campaign work share across campaigns. */
export interface CampaignWork extends WorkRows {
  /** The next PO-, INV- or FRM- number of the year. */
  documentNumber: (type: 'po' | 'invoice' | 'form') => string
  /** Campaign id to its live posts. */
  published: Map<string, LivePost[]>
  templateIds: Record<'outreach_email' | 'brief' | 'contract' | 'report', string>
}

/** One campaign being worked on, with its dates settled (ms). */
export interface CampaignJob {
  campaign: Campaign
  created: number
  startMs: number
  endMs: number
  due: number
  products: Brand['products']
}

/** One person's deal in a campaign, as the money and the posts need it. */
export interface Deal {
  link: CampaignLink
  /** Roster index. */
  i: number
  ciId: string
  platform: Platform
  /** The person's fee, in cents. */
  rate: number
  utm: ReturnType<typeof defaultUtm>
  linkCreated: number
  isAgreed: boolean
  contractId: string | null
}

/**
 * Campaign work: people, products, deliverables, offers, money and paperwork, campaign
 * by campaign, then the team's tasks, notifications and dashboard history. Every
 * campaign's steps interleave their random draws, so they run in this order per campaign.
 */
export function seedCampaignWork(
  ctx: DemoContext,
  agency: Agency,
  roster: Roster,
  { campaigns, links }: Campaigns,
): void {
  const { bulk, faker, pick, int, chance, now, inTransaction } = ctx
  const { orgId } = agency
  const year = ctx.today.getUTCFullYear()
  const numbers = { po: 0, invoice: 0, form: 0 }
  const { templateIds, templateRows } = documentTemplates(ctx, agency)
  const work: CampaignWork = {
    ciRows: [],
    deliverableRows: [],
    offerRows: [],
    contractRows: [],
    paymentRows: [],
    financeRows: [],
    documentRows: [],
    metricRows: [],
    opportunityRows: [],
    campaignProductRows: [],
    documentNumber: (type) =>
      `${{ po: 'PO', invoice: 'INV', form: 'FRM' }[type]}-${year}-${String(++numbers[type]).padStart(5, '0')}`,
    published: new Map(),
    templateIds,
  }
  const { campaignProductRows } = work

  for (const campaign of campaigns) {
    const created = campaign.createdAt
    const startMs = campaign.start ?? now + 30 * dayMs
    const endMs = campaign.end ?? startMs + 30 * dayMs
    const due = endMs - 7 * dayMs
    const products = faker.helpers.arrayElements(
      campaign.brand.products,
      int(1, Math.min(3, campaign.brand.products.length)),
    )
    for (const product of products) {
      campaignProductRows.push({
        id: newId(),
        orgId,
        campaignId: campaign.id,
        productId: product.id,
        quantity: int(5, 60),
        discountPercent: chance(0.6) ? pick([10, 15, 20, 25, 30]) : null,
        ...stamp(created),
      })
    }
    const job: CampaignJob = { campaign, created, startMs, endMs, due, products }
    openDeliverables(ctx, agency, work, job)
    const people = links.filter((l) => l.campaign === campaign)
    for (const link of people) {
      const deal = openDeal(ctx, agency, roster, work, job, link)
      payDeal(ctx, agency, roster, work, job, deal)
      dealPosts(ctx, agency, roster, work, job, deal)
    }
    campaignFinance(ctx, agency, work, job)
    campaignPaperwork(ctx, agency, work, job, people.length)
    campaignOpportunities(ctx, agency, roster, work, job)
  }

  const { taskRows, notificationRows, snapshotRows } = teamActivity(ctx, agency, roster, campaigns)

  inTransaction(() => {
    bulk.insert(t.campaignProducts, campaignProductRows)
    bulk.insert(t.campaignInfluencers, work.ciRows)
    bulk.insert(t.deliverables, work.deliverableRows)
    bulk.insert(t.documentTemplates, templateRows)
    bulk.insert(t.documents, work.documentRows)
    bulk.insert(t.documentUpdates, documentBodies(work.documentRows))
    bulk.insert(t.offers, work.offerRows)
    bulk.insert(t.contracts, work.contractRows)
    bulk.insert(t.payments, work.paymentRows)
    bulk.insert(t.financialDocuments, work.financeRows)
    bulk.insert(t.postMetrics, work.metricRows)
    bulk.insert(t.opportunities, work.opportunityRows)
    bulk.insert(t.tasks, taskRows)
    bulk.insert(t.notifications, notificationRows)
    bulk.insert(t.analyticsSnapshots, snapshotRows)
  })
}
