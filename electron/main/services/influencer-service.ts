import { and, asc, count, eq, isNull, like, or } from 'drizzle-orm'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema'
import type { InfluencerRow } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'

const rowColumns = {
  id: t.influencers.id,
  name: t.influencers.name,
  email: t.influencers.email,
  primaryPlatform: t.influencers.primaryPlatform,
  followers: t.influencers.followers,
  engagementRate: t.influencers.engagementRate,
  country: t.influencers.country,
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export function influencerService({ db, changes, orgId }: ServiceContext) {
  return {
    'influencers.list': ({ search, limit, offset }) => {
      const pattern = search ? `%${escapeLike(search)}%` : undefined
      const where = and(
        eq(t.influencers.orgId, orgId()),
        isNull(t.influencers.deletedAt),
        pattern
          ? or(like(t.influencers.name, pattern), like(t.influencers.email, pattern))
          : undefined,
      )
      const rows = db
        .select(rowColumns)
        .from(t.influencers)
        .where(where)
        .orderBy(asc(t.influencers.name))
        .limit(limit)
        .offset(offset)
        .all() as InfluencerRow[]
      const total = db.select({ n: count() }).from(t.influencers).where(where).get()?.n ?? 0
      return { rows, total }
    },

    'influencers.create': (input) => {
      const id = newId()
      db.insert(t.influencers)
        .values({ id, orgId: orgId(), source: 'manual', ...input })
        .run()
      changes.emit(['influencers'])
      return db
        .select(rowColumns)
        .from(t.influencers)
        .where(eq(t.influencers.id, id))
        .get() as InfluencerRow
    },
  } satisfies Partial<Handlers>
}
