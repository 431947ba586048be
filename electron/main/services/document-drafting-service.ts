import { and, desc, eq, isNull } from 'drizzle-orm'
import * as Y from 'yjs'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type DocumentStatus, type DocumentVersionRow } from '#shared/contract/index'
import { documentStatusLabels } from '#shared/documents/labels'
import { bodyFromUpdates, bodyText, replaceBody } from '#shared/documents/body'
import { editableDocumentStatuses } from '#shared/domain/status-machines'
import type { Handlers } from '../core/dispatch.ts'
import type { ServiceContext } from './context.ts'
import { appendUpdate, currentBody, decodeEdit, loadBody, previewKeeper } from './document-body.ts'
import { documentQueries } from './document-queries.ts'
import { defined, requireRow } from './rows.ts'

const v = t.documentVersions

/**
 * A document's body: read whole, added to by edits, snapshotted as named versions and
 * restored from them. Nothing here rewrites or removes history (sync rule 5).
 */
export function documentDraftingService(ctx: ServiceContext) {
  const { db, writer, orgId, userId, now } = ctx
  const { detail } = documentQueries(ctx)
  const previews = previewKeeper(ctx)

  const version = (id: string): DocumentVersionRow =>
    db
      .select({
        id: v.id,
        name: v.name,
        parentVersionId: v.parentVersionId,
        createdByName: t.users.name,
        createdAt: v.createdAt,
      })
      .from(v)
      .leftJoin(t.users, eq(t.users.id, v.createdBy))
      .where(eq(v.id, id))
      .get()!

  const latestVersion = (documentId: string) =>
    db
      .select({ id: v.id })
      .from(v)
      .where(and(eq(v.documentId, documentId), isNull(v.deletedAt)))
      .orderBy(desc(v.createdAt), desc(v.id))
      .get()?.id ?? null

  const saveVersion = (
    tx: Parameters<Parameters<typeof writer.write>[0]>[0],
    documentId: string,
    name: string,
    body: Y.Doc,
  ) => {
    const id = newId()
    tx.insert(v, {
      id,
      orgId: orgId(),
      documentId,
      parentVersionId: latestVersion(documentId),
      name,
      snapshot: Buffer.from(Y.encodeStateAsUpdate(body)),
      createdBy: userId(),
    })
    return id
  }

  const requireVersion = (versionId: string) => {
    const row = db
      .select()
      .from(v)
      .where(and(eq(v.id, versionId), eq(v.orgId, orgId()), isNull(v.deletedAt)))
      .get()
    if (!row) throw new CrmError('not_found', 'That version no longer exists.')
    requireRow(db, t.documents, row.documentId, orgId(), 'document')
    return row
  }

  return {
    'documents.body': ({ id, since }) => {
      requireRow(db, t.documents, id, orgId(), 'document')
      const body = currentBody(db, id)
      if (body.store.clients.size === 0) return { update: '' }
      let update: Uint8Array
      try {
        update = Y.encodeStateAsUpdate(
          body,
          since ? new Uint8Array(Buffer.from(since, 'base64')) : undefined,
        )
      } catch {
        throw new CrmError('invalid_input', 'That is not a Yjs state vector.', {
          since: 'Not a state vector',
        })
      }
      return { update: Buffer.from(update).toString('base64') }
    },

    'documents.edit': ({ id, update }) => {
      const doc = requireRow(db, t.documents, id, orgId(), 'document')
      const bytes = decodeEdit(update)
      if (!editableDocumentStatuses.includes(doc.status as never)) {
        // Approved (or further) while these words were on their way: the approved text
        // stays as approved, and the words become a version the author can take them from.
        const body = loadBody(db, id)
        Y.applyUpdate(body, bytes)
        const keptAs = `Typed after it was ${documentStatusLabels[doc.status as DocumentStatus].toLowerCase()} (${now().toISOString().slice(0, 16).replace('T', ' ')} UTC)`
        writer.write((tx) => saveVersion(tx, id, keptAs, body))
        return { id, keptAs }
      }
      writer.write((tx) =>
        appendUpdate(tx, { orgId: orgId(), documentId: id, authorId: userId() }, bytes),
      )
      previews.schedule()
      return { id, keptAs: null }
    },

    'documents.versions': ({ id }) => {
      requireRow(db, t.documents, id, orgId(), 'document')
      return db
        .select({ id: v.id })
        .from(v)
        .where(and(eq(v.documentId, id), isNull(v.deletedAt)))
        .orderBy(desc(v.createdAt), desc(v.id))
        .all()
        .map((row) => version(row.id))
    },

    'documents.saveVersion': ({ id, name }) => {
      requireRow(db, t.documents, id, orgId(), 'document')
      const versionId = writer.write((tx) => saveVersion(tx, id, name, currentBody(db, id)))
      return version(versionId)
    },

    'documents.versionText': ({ versionId }) => {
      const row = requireVersion(versionId)
      return { text: bodyText(bodyFromUpdates([new Uint8Array(row.snapshot)])) }
    },

    'documents.restoreVersion': ({ versionId }) => {
      const row = requireVersion(versionId)
      const doc = requireRow(db, t.documents, row.documentId, orgId(), 'document')
      if (!editableDocumentStatuses.includes(doc.status as never))
        throw new CrmError(
          'conflict',
          `This document is ${doc.status.replace('_', ' ')}; move it back to draft before restoring a version.`,
        )
      const body = loadBody(db, doc.id)
      const before = Y.encodeStateVector(body)
      writer.write((tx) => {
        // What is replaced stays one click away, as a version of its own.
        saveVersion(tx, doc.id, `Before restoring “${row.name}”`, body)
        replaceBody(body, bodyFromUpdates([new Uint8Array(row.snapshot)]))
        appendUpdate(
          tx,
          { orgId: orgId(), documentId: doc.id, authorId: userId() },
          Y.encodeStateAsUpdate(body, before),
        )
      })
      previews.flush()
      return detail(doc.id)
    },

    'financialDocuments.update': ({ id, patch }) => {
      const row = requireRow(db, t.financialDocuments, id, orgId(), 'financial document')
      if (row.status !== 'pending' && patch.lineItems)
        throw new CrmError(
          'conflict',
          `This ${row.type === 'po' ? 'purchase order' : row.type} is ${row.status}; its lines can no longer change.`,
        )
      const { lineItems, ...rest } = patch
      writer.write((tx) =>
        tx.update(t.financialDocuments, id, {
          ...defined(rest),
          ...(lineItems
            ? {
                lineItems,
                amount: Math.round(
                  lineItems.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0),
                ),
              }
            : {}),
        }),
      )
      return db
        .select()
        .from(t.financialDocuments)
        .where(eq(t.financialDocuments.id, id))
        .get() as never
    },
  } satisfies Partial<Handlers>
}
