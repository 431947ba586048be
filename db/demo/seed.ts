import type { LocalDb } from '../sqlite/open.ts'
import { seedAgency } from './access.ts'
import { seedCampaignWork } from './campaign-work.ts'
import { seedCampaigns } from './campaigns.ts'
import { seedClients } from './clients.ts'
import { createContext } from './context.ts'
import { planInteractions, writeInteractions } from './interactions.ts'
import { seedRelationships, seedStages } from './pipeline.ts'
import { seedRoster } from './roster.ts'

export interface DemoOptions {
  influencers: number
  /** Defaults to four per influencer (20,000 for the default 5,000). */
  interactions?: number
  /** Defaults to 40, fewer for a tiny roster. */
  campaigns?: number
  /** Same seed, same agency: tests and screenshots stay stable. */
  seed?: number
  /** The clock the demo is built around (follow-ups due today, the last 180 days). */
  now?: Date
  /** Called after each chunk; done and total count rows of the big tables. */
  onProgress?: (done: number, total: number) => void
}

/** Rows of each table in one demo, for the caller to print and tests to check. */
export type DemoSummary = Record<string, number>

/**
 * Makes a realistic agency: one organization with its staff, roles, clients and products,
 * the pipeline, a roster of influencers with accounts and stats, months of interactions,
 * and campaigns with everything money and paperwork add to them. Inserts directly (demo
 * data is local: nothing goes to the outbox), one transaction per chunk of a table.
 */
export function seedDemoData(db: LocalDb, options: DemoOptions): DemoSummary {
  const client = db.$client
  // Each multi-row INSERT keeps a statement journal (the pages it touched, to undo it
  // alone). Spilled to temp files it triples what the seed writes; in memory it is free.
  const tempStore = Number(client.pragma('temp_store', { simple: true }))
  client.pragma('temp_store = MEMORY')
  try {
    return seed(db, options)
  } finally {
    client.pragma(`temp_store = ${tempStore}`)
  }
}

/**
 * The steps, in order. They share one seeded random source, so reordering them (or the
 * draws inside one) changes the agency a seed makes.
 */
function seed(db: LocalDb, options: DemoOptions): DemoSummary {
  const influencers = Math.max(0, Math.floor(options.influencers))
  const size = {
    influencers,
    interactions: Math.max(0, Math.floor(options.interactions ?? influencers * 4)),
    campaigns: Math.max(
      0,
      Math.floor(options.campaigns ?? Math.min(40, Math.max(2, Math.ceil(influencers / 25)))),
    ),
  }
  const ctx = createContext(db, size, options)

  const agency = seedAgency(ctx)
  const brands = seedClients(ctx, agency)
  const stageIds = seedStages(ctx, agency)
  const roster = seedRoster(ctx, agency)
  const campaigns = seedCampaigns(ctx, agency, brands, roster)
  const plan = planInteractions(ctx, roster)
  seedRelationships(ctx, agency, roster, stageIds, plan)
  writeInteractions(ctx, agency, roster, plan, campaigns.campaigns, campaigns.campaignsOf, brands)
  seedCampaignWork(ctx, agency, roster, campaigns)

  const totalWork = size.influencers * 2 + size.interactions
  options.onProgress?.(totalWork, totalWork)
  return ctx.bulk.counts
}
