import { and, asc, count, desc, eq, gt, isNull, lt, sql, type SQL } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type PipelineCard, type PipelineColumn } from '#shared/contract/index'
import { positionBetween } from '#shared/domain/position'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { influencerWhere } from './influencer-filters.ts'
import { defined, firstStage, relationshipRow, requireRow } from './rows.ts'

const r = t.influencerRelationships
const i = t.influencers

export function pipelineService({ db, writer, orgId, now }: ServiceContext) {
  const stages = () =>
    db
      .select({
        id: t.pipelineStages.id,
        name: t.pipelineStages.name,
        position: t.pipelineStages.position,
        kind: t.pipelineStages.kind,
        color: t.pipelineStages.color,
      })
      .from(t.pipelineStages)
      .where(and(eq(t.pipelineStages.orgId, orgId()), isNull(t.pipelineStages.deletedAt)))
      .orderBy(asc(t.pipelineStages.position))
      .all() as Omit<PipelineColumn, 'count' | 'cards'>[]

  const inPipeline = () =>
    db
      .select({ n: count() })
      .from(r)
      .innerJoin(i, eq(i.id, r.influencerId))
      .where(
        and(eq(r.orgId, orgId()), isNull(r.deletedAt), eq(i.orgId, orgId()), isNull(i.deletedAt)),
      )
      .get()?.n ?? 0

  const readRelationship = (id: string) =>
    relationshipRow(requireRow(db, r, id, orgId(), 'pipeline card'))

  return {
    'pipeline.stages': () => stages(),

    'pipeline.board': ({ cardsPerStage, filters }) => {
      const where = influencerWhere(orgId(), filters, now())
      const columns = stages().map((stage) => {
        const inStage = and(where, eq(r.stageId, stage.id), isNull(r.deletedAt))
        const cards = db
          .select({
            relationshipId: r.id,
            influencerId: i.id,
            name: i.name,
            primaryPlatform: i.primaryPlatform,
            platforms: sql<string>`(select json_group_array(distinct a.platform) from ${t.influencerAccounts} a where a.influencer_id = ${i.id} and a.deleted_at is null)`,
            followers: i.followers,
            engagementRate: i.engagementRate,
            priority: r.priority,
            position: r.position,
            followUpDate: r.followUpDate,
            ownerId: r.ownerId,
            ownerName: t.users.name,
            avatarUrl: i.avatarUrl,
          })
          .from(r)
          .innerJoin(i, eq(i.id, r.influencerId))
          .leftJoin(t.users, eq(t.users.id, r.ownerId))
          .where(inStage)
          .orderBy(asc(r.position), asc(r.id))
          .limit(cardsPerStage)
          .all()
          .map((c) => ({ ...c, platforms: JSON.parse(c.platforms) as string[] })) as PipelineCard[]
        const total =
          db
            .select({ n: count() })
            .from(r)
            .innerJoin(i, eq(i.id, r.influencerId))
            .where(inStage)
            .get()?.n ?? 0
        return { ...stage, count: total, cards }
      })
      return { columns, total: inPipeline() }
    },

    'pipeline.facets': () => {
      const org = orgId()
      const distinct = (query: SQL) => db.all<{ v: string }>(query).map((row) => row.v)
      return {
        niches: distinct(
          sql`select distinct j.value as v from ${i}, json_each(${i.nicheTags}) j
              where ${i.orgId} = ${org} and ${i.deletedAt} is null and j.type = 'text'
              order by v collate nocase`,
        ),
        tags: distinct(
          sql`select distinct j.value as v from ${r}
              join ${i} on ${i.id} = ${r.influencerId} and ${i.deletedAt} is null,
              json_each(${r.tags}) j
              where ${r.orgId} = ${org} and ${r.deletedAt} is null and j.type = 'text'
              order by v collate nocase`,
        ),
        countries: distinct(
          sql`select distinct ${i.country} as v from ${i}
              where ${i.orgId} = ${org} and ${i.deletedAt} is null and ${i.country} is not null
              order by v`,
        ),
      }
    },

    'pipeline.add': ({ influencerId, stageId }) => {
      requireRow(db, i, influencerId, orgId(), 'influencer')
      const stage = stageId
        ? requireRow(db, t.pipelineStages, stageId, orgId(), 'stage')
        : firstStage(db, orgId())
      if (!stage) throw new CrmError('not_found', 'This workspace has no pipeline stages yet.')
      const top = db
        .select({ p: sql<number | null>`min(${r.position})` })
        .from(r)
        .where(and(eq(r.stageId, stage.id), isNull(r.deletedAt)))
        .get()?.p
      const id = newId()
      writer.write((tx) =>
        tx.insert(r, {
          id,
          orgId: orgId(),
          influencerId,
          stageId: stage.id,
          position: (top ?? 1) - 1,
        }),
      )
      return readRelationship(id)
    },

    'pipeline.move': ({ relationshipId, stageId, afterId, beforeId }) => {
      requireRow(db, r, relationshipId, orgId(), 'pipeline card')
      requireRow(db, t.pipelineStages, stageId, orgId(), 'stage')
      const neighbour = (id: string | null | undefined) => {
        if (!id) return null
        const row = requireRow(db, r, id, orgId(), 'neighbouring card')
        if (row.stageId !== stageId)
          throw new CrmError('invalid_input', 'A neighbouring card is in another column.')
        return row.position
      }
      let after = neighbour(afterId)
      let before = neighbour(beforeId)
      // With one neighbour given, the other is the next card along, so the card lands exactly there.
      const live = and(
        eq(r.stageId, stageId),
        isNull(r.deletedAt),
        sql`${r.id} <> ${relationshipId}`,
      )
      if (after !== null && before === null && !beforeId) {
        before =
          db
            .select({ p: r.position })
            .from(r)
            .where(and(live, gt(r.position, after)))
            .orderBy(asc(r.position))
            .get()?.p ?? null
      } else if (before !== null && after === null && !afterId) {
        after =
          db
            .select({ p: r.position })
            .from(r)
            .where(and(live, lt(r.position, before)))
            .orderBy(desc(r.position))
            .get()?.p ?? null
      } else if (after === null && before === null) {
        // Dropped on a column without neighbours: goes to the bottom.
        after =
          db
            .select({ p: sql<number | null>`max(${r.position})` })
            .from(r)
            .where(live)
            .get()?.p ?? null
      }
      if (after !== null && before !== null && after >= before) {
        throw new CrmError('invalid_input', 'The card above must come before the card below.')
      }
      const position = positionBetween(after, before)
      writer.write((tx) => tx.update(r, relationshipId, { stageId, position }))
      return readRelationship(relationshipId)
    },

    'pipeline.updateRelationship': ({ id, patch }) => {
      requireRow(db, r, id, orgId(), 'pipeline card')
      if (patch.ownerId) requireRow(db, t.users, patch.ownerId, orgId(), 'team member')
      writer.write((tx) => tx.update(r, id, defined(patch)))
      return readRelationship(id)
    },
  } satisfies Partial<Handlers>
}
