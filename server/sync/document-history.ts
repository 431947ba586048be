import { isBodyUpdate } from '#shared/documents/body'
import { editableDocumentStatuses } from '#shared/domain/status-machines'
import type { Mutation, RejectReason } from '#shared/sync/protocol'
import type { Queryable } from '../db/sql.ts'
import type { SyncTable } from './catalog.ts'
import type { Row } from './decide.ts'

/**
 * What the server refuses of a document's history (sync rule 5), whichever device sends it:
 * a change to an entry already stored (the history is append-only, so no one rewrites what
 * a colleague wrote), bytes that are no Yjs update (one broken client must not make a
 * document unreadable for the team), and words added after the text was approved (the
 * approved text stays what the approver read; the author finds the edit in their conflict
 * inbox).
 */
export async function historyProblem(
  tx: Queryable,
  table: SyncTable,
  m: Mutation,
  existing: Row | undefined,
  values: Row,
): Promise<{ reason: RejectReason; message: string } | undefined> {
  if (!table.yjsColumns) return undefined
  if (existing)
    return {
      reason: 'invalid',
      message: `${table.name} is append-only: a stored entry of a document's history never changes`,
    }
  const unreadable = table.yjsColumns.find(
    (column) =>
      typeof values[column] === 'string' &&
      !isBodyUpdate(Buffer.from(values[column].slice(2), 'hex')),
  )
  if (unreadable)
    return {
      reason: 'invalid',
      message: `${table.name}.${unreadable} is not a Yjs update of a document body; nothing was stored`,
    }
  if (table.name !== 'document_updates') return undefined
  const [doc] = await tx.query<{ status: string }>('select status from documents where id = $1', [
    values.document_id ?? m.changes.document_id,
  ])
  if (doc && !editableDocumentStatuses.includes(doc.status as never))
    return {
      reason: 'transition',
      message: `The document became ${doc.status.replace('_', ' ')} before these words reached the server, so they were not added to the approved text. Move it back to draft to add them.`,
    }
  return undefined
}
