import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm'
import * as Y from 'yjs'
import type { LocalDb } from '#db/sqlite/open'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError } from '#shared/contract/index'
import { bodyFromUpdates, bodyText } from '#shared/documents/body'
import type { Writer, WriteTx } from '../store/writer.ts'

const u = t.documentUpdates

/** The whole text is kept for search; a body longer than this is rare and still found by its start. */
const previewLimit = 50_000

/** Every update of a document's body, in no meaningful order (Yjs merges any order alike). */
export function bodyUpdates(db: LocalDb, documentId: string): Uint8Array[] {
  return db
    .select({ update: u.update })
    .from(u)
    .where(and(eq(u.documentId, documentId), isNull(u.deletedAt)))
    .orderBy(asc(u.createdAt), asc(u.id))
    .all()
    .map((row) => new Uint8Array(row.update))
}

export const loadBody = (db: LocalDb, documentId: string): Y.Doc =>
  bodyFromUpdates(bodyUpdates(db, documentId))

/** Refuses bytes that are not a Yjs update before they reach the history for good. */
export function decodeEdit(base64: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'))
  try {
    Y.decodeUpdate(bytes)
    // Decoding checks the structure; applying checks it adds up to a document.
    Y.applyUpdate(new Y.Doc(), bytes)
  } catch {
    throw new CrmError(
      'invalid_input',
      'That edit is not a Yjs document update; nothing was saved.',
      {
        update: 'Not a Yjs update',
      },
    )
  }
  return bytes
}

/** One more entry in the append-only history (and the outbox), in the caller's transaction. */
export function appendUpdate(
  tx: WriteTx,
  row: { orgId: string; documentId: string; authorId: string | null },
  update: Uint8Array,
): void {
  tx.insert(u, { id: newId(), ...row, update: Buffer.from(update) })
}

/**
 * Keeps each document's preview (its text, which search reads) equal to what its merged
 * body says. Edits arrive from this device and from colleagues' pulls alike; the device
 * remembers up to which history row it has looked (device_state.document_text_rowid), so
 * a restart or a crash in between catches up instead of leaving a stale preview. Replicas
 * with the same history compute the same text, so their preview writes agree.
 */
export function refreshPreviews(db: LocalDb, writer: Writer): void {
  const mark =
    db.select({ mark: t.deviceState.documentTextRowid }).from(t.deviceState).get()?.mark ?? 0
  const changed = db
    .selectDistinct({ id: u.documentId })
    .from(u)
    .where(gt(sql`${u}.rowid`, mark))
    .all()
  if (changed.length === 0) return
  const last =
    db
      .select({ max: sql<number>`max(${u}.rowid)` })
      .from(u)
      .get()?.max ?? mark
  writer.write((tx) => {
    for (const { id } of changed) {
      const doc = db
        .select({ preview: t.documents.preview, deletedAt: t.documents.deletedAt })
        .from(t.documents)
        .where(eq(t.documents.id, id))
        .get()
      if (!doc || doc.deletedAt) continue
      const text = bodyText(loadBody(db, id)).slice(0, previewLimit)
      if (text !== doc.preview) tx.update(t.documents, id, { preview: text })
    }
    tx.db.update(t.deviceState).set({ documentTextRowid: last }).run()
  })
}

/**
 * A replica that has never tracked previews (made before this existed, or seeded with demo
 * data) starts trusting the previews it holds: they were computed by whoever wrote them.
 */
export function startPreviewMark(db: LocalDb): void {
  const state = db.select({ mark: t.deviceState.documentTextRowid }).from(t.deviceState).get()
  if (!state || state.mark > 0) return
  const last = db
    .select({ max: sql<number | null>`max(${u}.rowid)` })
    .from(u)
    .get()?.max
  if (last) db.update(t.deviceState).set({ documentTextRowid: last }).run()
}
