import { and, asc, count, eq, isNull } from 'drizzle-orm'
import { CrmError } from '#shared/contract/index'
import * as t from '#db/sqlite/schema/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'

type Counted =
  | typeof t.influencers
  | typeof t.influencerRelationships
  | typeof t.interactions
  | typeof t.campaigns
  | typeof t.documents

export function workspaceService({ db, dataFile, orgId }: ServiceContext) {
  const live = (table: Counted) =>
    db
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.orgId, orgId()), isNull(table.deletedAt)))
      .get()?.n ?? 0

  return {
    'workspace.summary': () => {
      const org = db.select().from(t.organizations).where(eq(t.organizations.id, orgId())).get()
      if (!org) throw new CrmError('not_found', 'This workspace has no organization yet.')
      return {
        organization: {
          id: org.id,
          name: org.name,
          currency: org.currency,
          timezone: org.timezone,
        },
        counts: {
          influencers: live(t.influencers),
          relationships: live(t.influencerRelationships),
          interactions: live(t.interactions),
          campaigns: live(t.campaigns),
          documents: live(t.documents),
        },
        dataFile,
      }
    },

    'workspace.members': () =>
      db
        .select({ id: t.users.id, name: t.users.name, email: t.users.email })
        .from(t.users)
        .where(
          and(eq(t.users.orgId, orgId()), isNull(t.users.deletedAt), eq(t.users.status, 'active')),
        )
        .orderBy(asc(t.users.name))
        .all(),
  } satisfies Partial<Handlers>
}
