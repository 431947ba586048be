import { and, desc, eq, isNull, lt } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import type { InteractionRow } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { refreshContact } from './relationship-contact.ts'
import { defined, ownRow, relationshipRow, requireRow } from './rows.ts'

const x = t.interactions

export function interactionService({ db, writer, orgId, userId, now }: ServiceContext) {
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
        return { interaction, relationship: refreshContact(db, tx, input.influencerId, now()) }
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
        refreshContact(db, tx, row.influencerId, now())
      })
      return { id }
    },

    'interactions.restore': ({ id }) => {
      const row = ownRow(db, x, id, orgId(), 'interaction')
      requireRow(db, t.influencers, row.influencerId, orgId(), 'influencer')
      writer.write((tx) => {
        tx.restore(x, id)
        refreshContact(db, tx, row.influencerId, now())
      })
      return { id }
    },
  } satisfies Partial<Handlers>
}
