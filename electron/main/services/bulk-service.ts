import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type BulkAction, type BulkResult } from '#shared/contract/index'
import { positionBetween } from '#shared/domain/position'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { requireRow } from './rows.ts'
import type { WriteTx } from '../store/writer.ts'

const i = t.influencers
const r = t.influencerRelationships
const ci = t.campaignInfluencers

type Relationship = typeof r.$inferSelect
const maxTags = 50

/**
 * Bulk actions from the influencer table. Every id is checked before anything is written,
 * and all writes share one transaction: a bad id changes nothing, and one change event
 * (not a thousand) tells the screens to re-read.
 */
export function bulkService({ db, writer, orgId, userId }: ServiceContext) {
  /** Refuses the whole call when any id is not a live influencer of this organization. */
  const requireInfluencers = (ids: string[]) => {
    const found = new Set(
      db
        .select({ id: i.id })
        .from(i)
        .where(and(inArray(i.id, ids), eq(i.orgId, orgId()), isNull(i.deletedAt)))
        .all()
        .map((row) => row.id),
    )
    const missing = ids.filter((id) => !found.has(id)).length
    if (missing === 0) return
    const which =
      missing === 1
        ? `1 of the ${ids.length} selected influencers no longer exists`
        : `${missing} of the ${ids.length} selected influencers no longer exist`
    throw new CrmError(
      'not_found',
      `${which} (deleted, or not in this workspace). Nothing was changed; reload the list and try again.`,
    )
  }

  /** Each influencer's relationship, live or tombstoned (the unique index counts both). */
  const relationshipsOf = (ids: string[]) => {
    const byInfluencer = new Map<string, Relationship>()
    const rows = db
      .select()
      .from(r)
      .where(and(inArray(r.influencerId, ids), eq(r.orgId, orgId())))
      .all()
    for (const row of rows) {
      const seen = byInfluencer.get(row.influencerId)
      if (!seen || (seen.deletedAt !== null && row.deletedAt === null)) {
        byInfluencer.set(row.influencerId, row)
      }
    }
    return byInfluencer
  }

  const addToCampaign = (tx: WriteTx, ids: string[], campaignId: string): BulkResult => {
    const campaign = requireRow(db, t.campaigns, campaignId, orgId(), 'campaign')
    const links = new Map(
      db
        .select({ id: ci.id, influencerId: ci.influencerId, deletedAt: ci.deletedAt })
        .from(ci)
        .where(and(eq(ci.campaignId, campaignId), inArray(ci.influencerId, ids)))
        .all()
        .map((link) => [link.influencerId, link]),
    )
    let changed = 0
    for (const influencerId of ids) {
      const link = links.get(influencerId)
      if (link && link.deletedAt === null) continue
      // A removed link still holds the campaign+influencer unique key: bring it back, fresh.
      if (link) {
        tx.restore(ci, link.id)
        tx.update(ci, link.id, { status: 'planned' })
      } else
        tx.insert(ci, {
          id: newId(),
          orgId: orgId(),
          campaignId,
          influencerId,
          userId: userId(),
          currency: campaign.currency,
        })
      changed++
    }
    return { changed, skipped: ids.length - changed }
  }

  const moveStage = (tx: WriteTx, ids: string[], stageId: string): BulkResult => {
    requireRow(db, t.pipelineStages, stageId, orgId(), 'stage')
    const relationships = relationshipsOf(ids)
    // Moved cards line up at the bottom of the column, in the order they were given.
    let last =
      db
        .select({ p: sql<number | null>`max(${r.position})` })
        .from(r)
        .where(and(eq(r.stageId, stageId), isNull(r.deletedAt)))
        .get()?.p ?? null
    let changed = 0
    for (const influencerId of ids) {
      const rel = relationships.get(influencerId)
      if (rel && rel.deletedAt === null && rel.stageId === stageId) continue
      const position = positionBetween(last, null)
      last = position
      if (!rel) {
        tx.insert(r, { id: newId(), orgId: orgId(), influencerId, stageId, position })
      } else {
        if (rel.deletedAt !== null) tx.restore(r, rel.id)
        tx.update(r, rel.id, { stageId, position })
      }
      changed++
    }
    return { changed, skipped: ids.length - changed }
  }

  /**
   * Tags live on the pipeline card. An influencer without one is skipped rather than put
   * on the board: tagging should not quietly add people to the pipeline.
   */
  const tag = (tx: WriteTx, ids: string[], name: string): BulkResult => {
    const relationships = relationshipsOf(ids)
    let changed = 0
    for (const influencerId of ids) {
      const rel = relationships.get(influencerId)
      if (!rel || rel.deletedAt !== null || rel.tags.includes(name)) continue
      // The contract allows 50 tags a card; more would make the card's next edit fail.
      if (rel.tags.length >= maxTags) continue
      tx.update(r, rel.id, { tags: [...rel.tags, name] })
      changed++
    }
    return { changed, skipped: ids.length - changed }
  }

  const apply = (tx: WriteTx, ids: string[], action: BulkAction): BulkResult => {
    switch (action.kind) {
      case 'addToCampaign':
        return addToCampaign(tx, ids, action.campaignId)
      case 'moveStage':
        return moveStage(tx, ids, action.stageId)
      case 'tag':
        return tag(tx, ids, action.tag)
    }
  }

  return {
    'influencers.bulk': ({ ids, action }) => {
      requireInfluencers(ids)
      return writer.write((tx) => apply(tx, ids, action))
    },
  } satisfies Partial<Handlers>
}
