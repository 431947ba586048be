import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import * as Y from 'yjs'
import type { LocalDb } from '#db/sqlite/open'
import { newId } from '#db/sqlite/ids'
import * as t from '#db/sqlite/schema/index'
import { CrmError } from '#shared/contract/index'
import { bodyText, isBodyUpdate } from '#shared/documents/body'
import type { Writer, WriteTx } from '../store/writer.ts'
import type { ServiceContext } from './context.ts'
import { userPermissions } from './permissions.ts'

const u = t.documentUpdates
const log = t.documentUpdateLog

/** The whole text is kept for search; a body longer than this is rare and still found by its start. */
const previewLimit = 50_000
/** Bodies kept merged in memory: the few documents someone is drafting or reading now. */
const cachedBodies = 16
/** How often, at most, a document being typed into gets its preview (and outbox entry) rewritten. */
const previewEveryMs = 1500
/** History-log entries kept before the ones every preview has seen are dropped. */
const logKept = 20_000

/**
 * Merged bodies, kept in memory and brought up to date with only the history rows added
 * since (document_update_log, whose order never goes back), so typing into a document with
 * thousands of edits does not merge them all again on every keystroke. A row changed or
 * removed (a refused edit taken back, a must-refetch, a sign-in's wipe) rebuilds that body
 * from its rows. One per database connection.
 */
class BodyCache {
  readonly #bodies = new Map<string, { doc: Y.Doc; seq: number }>()
  constructor(readonly db: LocalDb) {}

  /** The current body; shared, so callers must not change it (use `loadBody` for a copy). */
  get(documentId: string): Y.Doc {
    const cached = this.#bodies.get(documentId)
    this.#bodies.delete(documentId)
    const entry = cached ?? { doc: new Y.Doc(), seq: -1 }
    const changes =
      entry.seq < 0
        ? []
        : this.db
            .select({ seq: log.seq, kind: log.kind, rowId: log.rowId })
            .from(log)
            .where(and(eq(log.documentId, documentId), gt(log.seq, entry.seq)))
            .orderBy(log.seq)
            .all()
    if (entry.seq < 0 || changes.some((c) => c.kind !== 'insert')) {
      entry.doc.destroy()
      entry.doc = new Y.Doc()
      entry.seq = lastSeq(this.db)
      merge(entry.doc, this.#rows(documentId))
    } else if (changes.length > 0) {
      merge(
        entry.doc,
        this.#rows(
          documentId,
          changes.map((c) => c.rowId),
        ),
      )
      entry.seq = changes.at(-1)!.seq
    }
    this.#bodies.set(documentId, entry)
    if (this.#bodies.size > cachedBodies) {
      const oldest = this.#bodies.keys().next().value!
      this.#bodies.get(oldest)?.doc.destroy()
      this.#bodies.delete(oldest)
    }
    return entry.doc
  }

  /** Forgets every body (the log they rely on was pruned). */
  clear(): void {
    for (const { doc } of this.#bodies.values()) doc.destroy()
    this.#bodies.clear()
  }

  #rows(documentId: string, ids?: string[]): Uint8Array[] {
    return this.db
      .select({ update: u.update })
      .from(u)
      .where(
        and(
          eq(u.documentId, documentId),
          isNull(u.deletedAt),
          ids ? inArray(u.id, ids) : undefined,
        ),
      )
      .all()
      .map((row) => new Uint8Array(row.update))
  }
}

function merge(doc: Y.Doc, updates: Uint8Array[]): void {
  doc.transact(() => {
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update)
      } catch {
        // One unreadable entry (the server refuses them; an old or damaged row) must not
        // make the whole document unreadable: the rest of the history still merges.
      }
    }
  })
}

const lastSeq = (db: LocalDb): number =>
  db
    .select({ max: sql<number | null>`max(${log.seq})` })
    .from(log)
    .get()?.max ?? 0

const caches = new WeakMap<LocalDb, BodyCache>()
const cacheOf = (db: LocalDb) => {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new BodyCache(db)))
  return cache
}

/** The body as it stands, read-only (shared with the cache). */
export const currentBody = (db: LocalDb, documentId: string): Y.Doc => cacheOf(db).get(documentId)

/** A private copy of the body, to change and diff (restoring a version). */
export function loadBody(db: LocalDb, documentId: string): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(currentBody(db, documentId)))
  return copy
}

/** Refuses bytes that are not a Yjs update before they reach the history for good. */
export function decodeEdit(base64: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'))
  if (!isBodyUpdate(bytes))
    throw new CrmError(
      'invalid_input',
      'That edit is not a Yjs document update; nothing was saved.',
      { update: 'Not a Yjs update' },
    )
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
 *
 * While someone types, the preview is rewritten at most every 1.5 s (each rewrite is a
 * synced change); reads that show or search previews call `flush()` first.
 */
export class PreviewKeeper {
  #timer: NodeJS.Timeout | null = null

  constructor(
    readonly db: LocalDb,
    readonly writer: Writer,
    /** Whether this person may write documents: a viewer's device keeps its previews local. */
    readonly mayWrite: () => boolean,
  ) {
    this.#startMark()
  }

  schedule(): void {
    if (this.#timer) return
    this.#timer = setTimeout(() => this.flush(), previewEveryMs)
    this.#timer.unref()
  }

  flush(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    const { db } = this
    // A core closed (or crashed in a test) before the timer fired: nothing left to write to.
    if (!db.$client.open) return
    const mark =
      db.select({ mark: t.deviceState.documentTextSeq }).from(t.deviceState).get()?.mark ?? 0
    const changed = db
      .selectDistinct({ id: log.documentId })
      .from(log)
      .where(gt(log.seq, mark))
      .all()
    if (changed.length === 0) return
    const last = lastSeq(db)
    const synced = this.mayWrite()
    this.writer.write((tx) => {
      for (const { id } of changed) {
        const doc = db
          .select({ preview: t.documents.preview, deletedAt: t.documents.deletedAt })
          .from(t.documents)
          .where(eq(t.documents.id, id))
          .get()
        if (!doc || doc.deletedAt) continue
        const text = bodyText(currentBody(db, id)).slice(0, previewLimit)
        if (text === doc.preview) continue
        // Someone who may not write documents would only collect refusals from the server.
        if (synced) tx.update(t.documents, id, { preview: text })
        else tx.db.update(t.documents).set({ preview: text }).where(eq(t.documents.id, id)).run()
      }
      tx.db.update(t.deviceState).set({ documentTextSeq: last }).run()
      // The log only has to reach back to the bodies in memory: keep it short.
      const oldest =
        db
          .select({ min: sql<number>`min(${log.seq})` })
          .from(log)
          .get()?.min ?? last
      if (last - oldest > logKept) this.#prune(tx.db, last)
    })
  }

  #prune(db: LocalDb, through: number): void {
    db.delete(log)
      .where(sql`${log.seq} <= ${through}`)
      .run()
    cacheOf(db).clear()
  }

  /**
   * A replica that has never tracked previews (made before this existed, or seeded with
   * demo data) starts trusting the previews it holds: whoever wrote them computed them.
   */
  #startMark(): void {
    const { db } = this
    const state = db.select({ mark: t.deviceState.documentTextSeq }).from(t.deviceState).get()
    if (!state || state.mark > 0) return
    const last = lastSeq(db)
    if (last) db.update(t.deviceState).set({ documentTextSeq: last }).run()
  }
}

const keepers = new WeakMap<LocalDb, PreviewKeeper>()

/** Writes what previews are pending before the database closes (a clean quit). */
export function closePreviews(db: LocalDb): void {
  keepers.get(db)?.flush()
}

/** The one keeper of a database's previews, shared by the services that write and read them. */
export function previewKeeper({ db, writer, userId }: ServiceContext): PreviewKeeper {
  let keeper = keepers.get(db)
  if (!keeper) {
    const mayWrite = () => userPermissions(db, userId()).has('document.write')
    keepers.set(db, (keeper = new PreviewKeeper(db, writer, mayWrite)))
  }
  return keeper
}
