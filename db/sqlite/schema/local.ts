import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { json, nowIso } from '../columns.ts'

/*
 * Local-only tables: the sync engine's bookkeeping (electron/main/sync). None of them
 * reaches the server; schema-agreement.test.ts lists them as such.
 */

/**
 * Writes waiting to be pushed to the server. A row and its outbox entry are written in
 * one transaction; the entry is removed only when the server acknowledges it.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    /** Insertion order, the order mutations are pushed in. Local, so autoincrement is fine. */
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    /** The client-made mutation id the server de-duplicates by. */
    mutationId: text('mutation_id').notNull().unique(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['insert', 'update', 'delete'] }).notNull(),
    /** Changed columns (snake_case, as stored) and their new values. */
    changes: json<Record<string, unknown>>('changes').notNull(),
    /** A hybrid logical clock stamp per changed column (shared/sync/hlc.ts). */
    clocks: json<Record<string, string>>('clocks').notNull().default({}),
    /** What the device saw before the write (the status, for the server's messages). */
    base: json<Record<string, unknown>>('base'),
    createdAt: text('created_at').notNull().default(nowIso),
  },
  (t) => [index('outbox_table_row_idx').on(t.tableName, t.rowId)],
)

/**
 * The server's version of a row that has local changes still pending: the row as last
 * pulled (or null when the row was made here and the server has not got it). The visible
 * row is always this plus the pending outbox entries on top, so a pull never hides what
 * the user typed, and a refused change can be taken back off. Kept only while changes are
 * pending.
 */
export const syncBase = sqliteTable(
  'sync_base',
  {
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    row: json<Record<string, unknown>>('row'),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.rowId] })],
)

/** Mutations the server refused: the conflict inbox. Removed only by the user's choice. */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    mutationId: text('mutation_id').primaryKey(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['insert', 'update', 'delete'] }).notNull(),
    changes: json<Record<string, unknown>>('changes').notNull(),
    reason: text('reason').notNull(),
    message: text('message').notNull(),
    /** When the user made the change, and when the server refused it. */
    madeAt: text('made_at').notNull(),
    rejectedAt: text('rejected_at').notNull().default(nowIso),
  },
  (t) => [index('sync_conflicts_rejected_idx').on(t.rejectedAt)],
)

/** Where each table's shape stopped reading, so a restart resumes there. */
export const syncShapes = sqliteTable('sync_shapes', {
  tableName: text('table_name').primaryKey(),
  handle: text('handle'),
  offset: text('offset').notNull().default('-1'),
  /** True once the shape has reached the server's present at least once. */
  upToDate: integer('up_to_date', { mode: 'boolean' }).notNull().default(false),
  /** Rows received so far for this shape, for the bootstrap progress bar. */
  rowsReceived: integer('rows_received').notNull().default(0),
})

/** This device and the account it syncs with: one row. */
export const deviceState = sqliteTable(
  'device_state',
  {
    id: integer('id').primaryKey(),
    /** Names this device to the server and breaks clock ties; never changes. */
    deviceId: text('device_id').notNull(),
    /** The last hybrid logical clock stamp made or seen here. */
    hlc: text('hlc'),
    serverUrl: text('server_url'),
    userId: text('user_id'),
    orgId: text('org_id'),
    email: text('email'),
    userName: text('user_name'),
    permissions: json<string[]>('permissions'),
    /** Set when the first complete download from the server finished. */
    bootstrappedAt: text('bootstrapped_at'),
    lastSyncedAt: text('last_synced_at'),
    /**
     * The full-text triggers skip their work while set (migration 0005): a first download
     * fills the search index once at its end (db/sqlite/search-index.ts) instead of row by row.
     */
    searchPaused: integer('search_paused', { mode: 'boolean' }).notNull().default(false),
    /**
     * document_update_log entries up to this seq are reflected in their documents' previews
     * (electron/main/services/document-body.ts): edits pulled from colleagues after it still
     * need their document's text recomputed, even after a crash or a restart.
     */
    documentTextSeq: integer('document_text_seq').notNull().default(0),
  },
  (t) => [check('device_state_one_row', sql`${t.id} = 1`)],
)

/**
 * Every insert, update and delete of a document_updates row, in an order that never goes
 * back (AUTOINCREMENT: rowids of a plain table are reused after deletes, which happen when
 * the server refuses an edit, on a must-refetch and on signing in as someone else). Filled
 * by triggers (migration 0006); main's merged-body cache and preview keeper read it to know
 * what changed since they last looked.
 */
export const documentUpdateLog = sqliteTable(
  'document_update_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    documentId: text('document_id').notNull(),
    rowId: text('row_id').notNull(),
    kind: text('kind', { enum: ['insert', 'update', 'delete'] }).notNull(),
  },
  (t) => [index('document_update_log_document_idx').on(t.documentId, t.seq)],
)

/**
 * Where this device saved each document's PDF. Local on purpose: a path means nothing on a
 * colleague's computer, and "Open PDF" must only ever open a file this device wrote.
 */
export const documentExports = sqliteTable('document_exports', {
  documentId: text('document_id').primaryKey(),
  path: text('path').notNull(),
  exportedAt: text('exported_at').notNull(),
})
