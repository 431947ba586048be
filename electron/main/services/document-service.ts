import { and, desc, eq, isNull, or, sql } from 'drizzle-orm'
import * as t from '#db/sqlite/schema/index'
import type { DocumentRow } from '#shared/contract/index'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'

const d = t.documents

export function documentService({ db, orgId, userId }: ServiceContext) {
  return {
    'documents.list': ({ influencerId, campaignId, kind, search, limit }) => {
      const me = userId()
      const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean)
      return (
        db
          .select({
            id: d.id,
            kind: d.kind,
            title: d.title,
            status: d.status,
            campaignId: d.campaignId,
            campaignName: t.campaigns.name,
            influencerId: d.influencerId,
            updatedAt: d.updatedAt,
          })
          .from(d)
          // A document of a deleted campaign is still a document; it just loses the name.
          .leftJoin(
            t.campaigns,
            and(eq(t.campaigns.id, d.campaignId), isNull(t.campaigns.deletedAt)),
          )
          .where(
            and(
              eq(d.orgId, orgId()),
              isNull(d.deletedAt),
              // Someone else's private draft stays theirs, even on a shared replica.
              me ? or(eq(d.visibility, 'team'), eq(d.ownerId, me)) : eq(d.visibility, 'team'),
              influencerId ? eq(d.influencerId, influencerId) : undefined,
              campaignId ? eq(d.campaignId, campaignId) : undefined,
              kind ? eq(d.kind, kind) : undefined,
              ...words.map(
                (word) => sql`instr(lower(${d.title} || ' ' || ${d.preview}), ${word}) > 0`,
              ),
            ),
          )
          .orderBy(desc(d.updatedAt), desc(d.id))
          .limit(limit)
          .all() as DocumentRow[]
      )
    },
  } satisfies Partial<Handlers>
}
