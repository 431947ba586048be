import { and, eq, isNull, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type DocumentDetail, type DocumentRow } from '#shared/contract/index'
import { documentApprovals, documentTransitions } from '#shared/domain/status-machines'
import type { ServiceContext } from './context.ts'
import { exportedPdf } from './document-export-service.ts'
import { userPermissions } from './permissions.ts'

const d = t.documents
const owner = alias(t.users, 'owner')

/** How documents are read: as list rows, and whole with what this user may do next. */
export function documentQueries({ db, orgId, userId }: ServiceContext) {
  const visible = () => {
    const me = userId()
    // Someone else's private draft stays theirs, even on a shared replica.
    return me ? or(eq(d.visibility, 'team'), eq(d.ownerId, me)) : eq(d.visibility, 'team')
  }
  const rows = () =>
    db
      .select({
        id: d.id,
        kind: d.kind,
        title: d.title,
        status: d.status,
        campaignId: d.campaignId,
        campaignName: t.campaigns.name,
        influencerId: d.influencerId,
        influencerName: t.influencers.name,
        ownerName: owner.name,
        preview: sql<string>`substr(${d.preview}, 1, 240)`,
        updatedAt: d.updatedAt,
      })
      .from(d)
      // A document of a deleted campaign is still a document; it just loses the name.
      .leftJoin(t.campaigns, and(eq(t.campaigns.id, d.campaignId), isNull(t.campaigns.deletedAt)))
      .leftJoin(
        t.influencers,
        and(eq(t.influencers.id, d.influencerId), isNull(t.influencers.deletedAt)),
      )
      .leftJoin(owner, eq(owner.id, d.ownerId))

  const detail = (id: string): DocumentDetail => {
    const row = rows()
      .where(and(eq(d.id, id), eq(d.orgId, orgId()), isNull(d.deletedAt), visible()))
      .get() as DocumentRow | undefined
    if (!row)
      throw new CrmError('not_found', 'That document no longer exists; it may have been deleted.')
    const doc = db.select().from(d).where(eq(d.id, id)).get()!
    const template = doc.templateId
      ? db
          .select({ name: t.documentTemplates.name })
          .from(t.documentTemplates)
          .where(eq(t.documentTemplates.id, doc.templateId))
          .get()
      : undefined
    const financial = db
      .select()
      .from(t.financialDocuments)
      .where(and(eq(t.financialDocuments.documentId, id), isNull(t.financialDocuments.deletedAt)))
      .get()
    const may = userPermissions(db, userId())
    return {
      ...row,
      visibility: doc.visibility as DocumentDetail['visibility'],
      templateId: doc.templateId,
      templateName: template?.name ?? null,
      pdfPath: exportedPdf(db, id),
      financial: (financial ?? null) as DocumentDetail['financial'],
      nextStatuses: documentTransitions[row.status].filter((to) =>
        may.has(documentApprovals[to] ?? 'document.write'),
      ),
      canApprove: may.has('document.approve'),
      canWrite: may.has('document.write'),
    }
  }

  return { rows, detail, visible }
}
