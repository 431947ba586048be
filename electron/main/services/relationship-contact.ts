import { and, desc, eq, gte, isNull } from 'drizzle-orm'
import type { LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { relationshipStrength, type StrengthInput } from '#shared/domain/relationship-strength'
import type { WriteTx } from '../store/writer.ts'

const x = t.interactions
const r = t.influencerRelationships
/** Older interactions weigh almost nothing after the decay; no need to read them. */
const strengthWindowDays = 365

/**
 * Sets a relationship's last contact and strength from the live interactions, so every
 * replica derives the same values and an undone delete puts them back exactly.
 * Returns the updated relationship, or null when the influencer has no card.
 */
export function refreshContact(db: LocalDb, tx: WriteTx, influencerId: string, now: Date) {
  const rel = db
    .select()
    .from(r)
    .where(and(eq(r.influencerId, influencerId), isNull(r.deletedAt)))
    .get()
  if (!rel) return null
  const since = new Date(now.getTime() - strengthWindowDays * 86_400_000).toISOString()
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
    relationshipStrength: relationshipStrength(history, now),
  })
}
