import { and, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm'
import * as t from '#db/sqlite/schema/index'
import type { InfluencerFilters } from '#shared/contract/index'
import { ftsQuery } from './fts-query.ts'

const r = t.influencerRelationships
const i = t.influencers

/**
 * The seeds' filters as one SQL condition over influencers left-joined to their
 * relationship, shared by the influencer table and the pipeline board.
 */
export function influencerWhere(orgId: string, f: InfluencerFilters = {}, now = new Date()): SQL {
  const conditions: (SQL | undefined)[] = [eq(i.orgId, orgId), isNull(i.deletedAt)]
  const match = f.search ? ftsQuery(f.search) : null
  if (match) {
    conditions.push(
      sql`${i.id} in (select influencer_id from influencer_search where influencer_search match ${match})`,
    )
  }
  if (f.platforms?.length) {
    conditions.push(
      sql`(${inArray(i.primaryPlatform, f.platforms)} or exists (select 1 from ${t.influencerAccounts} a where a.influencer_id = ${i.id} and a.deleted_at is null and ${inArray(sql`a.platform`, f.platforms)}))`,
    )
  }
  if (f.followersMin !== undefined) conditions.push(gte(i.followers, f.followersMin))
  if (f.followersMax !== undefined) conditions.push(lte(i.followers, f.followersMax))
  if (f.engagementMin !== undefined) conditions.push(gte(i.engagementRate, f.engagementMin))
  if (f.engagementMax !== undefined) conditions.push(lte(i.engagementRate, f.engagementMax))
  if (f.countries?.length) conditions.push(inArray(i.country, f.countries))
  if (f.niches?.length) {
    conditions.push(
      sql`exists (select 1 from json_each(${i.nicheTags}) where ${inArray(sql`value`, f.niches)})`,
    )
  }
  if (f.tags?.length) {
    conditions.push(
      sql`exists (select 1 from json_each(${r.tags}) where ${inArray(sql`value`, f.tags)})`,
    )
  }
  if (f.stageIds?.length) conditions.push(inArray(r.stageId, f.stageIds))
  if (f.ownerIds?.length) conditions.push(inArray(r.ownerId, f.ownerIds))
  if (f.followUpDue) conditions.push(lte(r.followUpDate, now.toISOString()))
  return and(...conditions)!
}
