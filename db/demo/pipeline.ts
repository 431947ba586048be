import { newId } from '../sqlite/ids.ts'
import * as t from '../sqlite/schema/index.ts'
import {
  CONTACTED,
  defaultStages,
  NEGOTIATING,
  PARTNERED,
  relationshipNotes,
  relationshipTags,
} from './agency-profile.ts'
import {
  chunkSize,
  dayMs,
  iso,
  stamp,
  type Agency,
  type DemoContext,
  type Roster,
} from './context.ts'
import type { InteractionPlan } from './interactions.ts'

/** The pipeline's columns; returns their ids in board order. */
export function seedStages(ctx: DemoContext, { orgId, orgCreated }: Agency): string[] {
  const { bulk, inTransaction } = ctx
  const stageIds = defaultStages.map(() => newId())
  inTransaction(() =>
    bulk.insert(
      t.pipelineStages,
      defaultStages.map((s, i) => ({
        id: stageIds[i]!,
        orgId,
        position: i,
        ...s,
        ...stamp(orgCreated),
      })),
    ),
  )
  return stageIds
}

/**
 * Relationships: one card per influencer, ordered within its column, with the strength
 * and last contact the planned interactions give it.
 */
export function seedRelationships(
  ctx: DemoContext,
  { orgId, staff }: Agency,
  roster: Roster,
  stageIds: string[],
  { strength, lastContact }: InteractionPlan,
): void {
  const { bulk, faker, pick, weighted, int, chance, today, inTransaction, progress } = ctx
  const size = ctx.size.influencers
  const nextPosition = new Float64Array(defaultStages.length)
  for (let start = 0; start < size; start += chunkSize) {
    const end = Math.min(size, start + chunkSize)
    const rows: (typeof t.influencerRelationships.$inferInsert)[] = []
    for (let i = start; i < end; i++) {
      const stage = roster.stage[i]!
      // Cards moved between neighbours sit at fractions, as on a board people use.
      nextPosition[stage] = nextPosition[stage]! + pick([1, 1, 1, 0.5, 0.25])
      let followUp: number | null = null
      if (stage >= CONTACTED && stage <= NEGOTIATING && chance(0.55)) {
        const roll = faker.number.float()
        followUp =
          roll < 0.15
            ? today.getTime()
            : roll < 0.4
              ? today.getTime() - int(1, 10) * dayMs
              : today.getTime() + int(1, 30) * dayMs
      } else if (stage === PARTNERED && chance(0.2)) followUp = today.getTime() + int(7, 60) * dayMs
      const tags = new Set<string>()
      const tagCount = weighted([
        [0, 40],
        [1, 35],
        [2, 18],
        [3, 7],
      ])
      while (tags.size < tagCount) tags.add(pick(relationshipTags))
      if (stage === PARTNERED && chance(0.4)) tags.add('long-term')
      rows.push({
        id: newId(),
        orgId,
        influencerId: roster.ids[i]!,
        ownerId: staff[roster.owner[i]!]!.id,
        stageId: stageIds[stage]!,
        position: nextPosition[stage],
        priority: weighted([
          [0, 30],
          [1, 20],
          [2, 20],
          [3, 15],
          [4, 10],
          [5, 5],
        ]),
        tags: [...tags],
        notes: chance(0.15) ? pick(relationshipNotes) : null,
        lastContactedAt: lastContact[i] ? iso(lastContact[i]!) : null,
        followUpDate: followUp === null ? null : iso(followUp),
        relationshipStrength: strength[i]!,
        visibility: chance(0.03) ? 'private' : 'team',
        ...stamp(roster.createdAt[i]!),
      })
    }
    inTransaction(() => bulk.insert(t.influencerRelationships, rows))
    progress(end - start)
  }
}
