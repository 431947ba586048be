import { sql } from 'drizzle-orm'
import { text } from 'drizzle-orm/sqlite-core'

// Times are UTC ISO-8601 strings: they sort as text and read the same in both databases.
const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

/** Columns every synced row carries (see shared/DATA-MODEL.md, "Rules for every table"). */
export const syncedColumns = () => ({
  createdAt: text('created_at').notNull().default(nowIso),
  updatedAt: text('updated_at').notNull().default(nowIso),
  /** A tombstone: deletes sync as updates. */
  deletedAt: text('deleted_at'),
})

/** SQL list for a CHECK constraint built from the shared enum, so both stay one list. */
export const sqlList = (values: readonly string[]) =>
  sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '))
