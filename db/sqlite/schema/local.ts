import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { json, nowIso } from '../columns.ts'

/**
 * Local-only: writes waiting to be pushed to the server. A row and its outbox entry are
 * written in one transaction; the entry is removed only when the server acknowledges it.
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
    createdAt: text('created_at').notNull().default(nowIso),
  },
  (t) => [index('outbox_table_row_idx').on(t.tableName, t.rowId)],
)
