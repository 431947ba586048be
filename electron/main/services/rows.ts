import { and, asc, eq, isNull } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type RelationshipRow } from '#shared/contract/index'
import type { SyncedTable } from '../store/writer.ts'

/** One live (not tombstoned) row of the organization, or a not-found error naming it. */
export function requireRow<T extends SyncedTable & { orgId: SQLiteColumn }>(
  db: LocalDb,
  table: T,
  id: string,
  orgId: string,
  what: string,
): T['$inferSelect'] {
  const row = db
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.orgId, orgId), isNull(table.deletedAt)))
    .get()
  if (!row)
    throw new CrmError('not_found', `That ${what} no longer exists; it may have been deleted.`)
  return row
}

/** A row of this organization, tombstoned or not: what an undo may bring back. */
export function ownRow<T extends SyncedTable & { orgId: SQLiteColumn }>(
  db: LocalDb,
  table: T,
  id: string,
  orgId: string,
  what: string,
): T['$inferSelect'] {
  const row = db
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.orgId, orgId)))
    .get()
  if (!row) throw new CrmError('not_found', `That ${what} cannot be brought back: it is gone.`)
  return row
}

export const relationshipRow = (
  row: typeof t.influencerRelationships.$inferSelect,
): RelationshipRow => ({
  id: row.id,
  influencerId: row.influencerId,
  stageId: row.stageId,
  ownerId: row.ownerId,
  position: row.position,
  priority: row.priority,
  tags: row.tags,
  notes: row.notes,
  lastContactedAt: row.lastContactedAt,
  followUpDate: row.followUpDate,
  relationshipStrength: row.relationshipStrength,
  visibility: row.visibility as RelationshipRow['visibility'],
})

export function firstStage(db: LocalDb, orgId: string) {
  return db
    .select()
    .from(t.pipelineStages)
    .where(and(eq(t.pipelineStages.orgId, orgId), isNull(t.pipelineStages.deletedAt)))
    .orderBy(asc(t.pipelineStages.position))
    .get()
}

/** Drops undefined keys so a patch changes only what the user changed. */
export const defined = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>

/** The influencer's place in the campaign (campaign_influencers), if they have one. */
export const campaignLink = (db: LocalDb, campaignId: string, influencerId: string) =>
  db
    .select()
    .from(t.campaignInfluencers)
    .where(
      and(
        eq(t.campaignInfluencers.campaignId, campaignId),
        eq(t.campaignInfluencers.influencerId, influencerId),
        isNull(t.campaignInfluencers.deletedAt),
      ),
    )
    .get()
