import { and, desc, eq, gte, isNull, lt } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import type { InteractionRow } from '#shared/contract/index'
import { relationshipStrength, type StrengthInput } from '#shared/domain/relationship-strength'
import type { Handlers } from '../core/dispatch.ts'
import type { WriteTx } from '../store/writer.ts'
import type { ServiceContext } from './context.ts'
import { defined, relationshipRow, requireRow } from './rows.ts'

const x = t.interactions
const r = t.influencerRelationships
/** Older interactions weigh almost nothing after the decay; no need to read them. */
const strengthWindowDays = 365

export function interactionService({ db, writer, orgId, userId, now }: ServiceContext) {
  /** Last contact and strength follow from the interactions themselves, so replicas agree. */
  const refreshRelationship = (tx: WriteTx, influencerId: string) => {
    const rel = db
      .select()
      .from(r)
      .where(and(eq(r.influencerId, influencerId), isNull(r.deletedAt)))
      .get()
    if (!rel) return null
    const since = new Date(now().getTime() - strengthWindowDays * 86_400_000).toISOString()
    const history = db
      .select({ type: x.type, direction: x.direction, interactionDate: x.interactionDate })
      .from(x)
      .where(
        and(eq(x.influencerId, influencerId), isNull(x.deletedAt), gte(x.interactionDate, since)),
      )
      .all() as StrengthInput[]
    const latest =
      db
        .select({ d: x.interactionDate })
        .from(x)
        .where(and(eq(x.influencerId, influencerId), isNull(x.deletedAt)))
        .orderBy(desc(x.interactionDate))
        .get()?.d ?? null
    return tx.update(r, rel.id, {
      lastContactedAt: latest,
      relationshipStrength: relationshipStrength(history, now()),
    })
  }

  return {
    'interactions.log': (input) => {
      requireRow(db, t.influencers, input.influencerId, orgId(), 'influencer')
      const id = newId()
      const { interaction, relationship } = writer.write((tx) => {
        const interaction = tx.insert(x, {
          id,
          orgId: orgId(),
          userId: userId(),
          ...defined(input),
          influencerId: input.influencerId,
          type: input.type,
          interactionDate: input.interactionDate ?? now().toISOString(),
        })
        return { interaction, relationship: refreshRelationship(tx, input.influencerId) }
      })
      return {
        interaction: interaction as InteractionRow,
        relationship: relationship ? relationshipRow(relationship) : null,
      }
    },

    'interactions.timeline': ({ influencerId, limit, before }) =>
      db
        .select()
        .from(x)
        .where(
          and(
            eq(x.influencerId, influencerId),
            eq(x.orgId, orgId()),
            isNull(x.deletedAt),
            before ? lt(x.interactionDate, before) : undefined,
          ),
        )
        .orderBy(desc(x.interactionDate), desc(x.id))
        .limit(limit)
        .all() as InteractionRow[],

    'interactions.delete': ({ id }) => {
      const row = requireRow(db, x, id, orgId(), 'interaction')
      writer.write((tx) => {
        tx.remove(x, id)
        refreshRelationship(tx, row.influencerId)
      })
      return { id }
    },
  } satisfies Partial<Handlers>
}
