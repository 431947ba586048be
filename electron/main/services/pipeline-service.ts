import { and, asc, count, eq, isNull } from 'drizzle-orm'
import * as t from '#db/sqlite/schema'
import type { PipelineColumn } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'

export function pipelineService({ db, orgId }: ServiceContext) {
  return {
    'pipeline.board': ({ cardsPerStage }) => {
      const stages = db
        .select()
        .from(t.pipelineStages)
        .where(and(eq(t.pipelineStages.orgId, orgId()), isNull(t.pipelineStages.deletedAt)))
        .orderBy(asc(t.pipelineStages.position))
        .all()
      const inStage = (stageId: string) =>
        and(
          eq(t.influencerRelationships.stageId, stageId),
          isNull(t.influencerRelationships.deletedAt),
        )
      const columns = stages.map((stage) => ({
        id: stage.id,
        name: stage.name,
        position: stage.position,
        kind: stage.kind,
        count:
          db.select({ n: count() }).from(t.influencerRelationships).where(inStage(stage.id)).get()
            ?.n ?? 0,
        cards: db
          .select({
            relationshipId: t.influencerRelationships.id,
            influencerId: t.influencers.id,
            name: t.influencers.name,
            primaryPlatform: t.influencers.primaryPlatform,
            followers: t.influencers.followers,
            priority: t.influencerRelationships.priority,
          })
          .from(t.influencerRelationships)
          .innerJoin(t.influencers, eq(t.influencers.id, t.influencerRelationships.influencerId))
          .where(inStage(stage.id))
          .orderBy(asc(t.influencerRelationships.position))
          .limit(cardsPerStage)
          .all(),
      }))
      return { columns: columns as PipelineColumn[] }
    },
  } satisfies Partial<Handlers>
}
