import { sql, type SQL } from 'drizzle-orm'
import { integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'

// Times are UTC ISO-8601 strings: they sort as text and read the same in both databases.
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

export const id = () => text('id').primaryKey()

/** The tenant: every synced row belongs to one organization. */
export const orgId = (organizations: () => AnySQLiteColumn) =>
  text('org_id').notNull().references(organizations, { onDelete: 'cascade' })

export const timestamp = (name: string) => text(name)
export const bool = (name: string) => integer(name, { mode: 'boolean' })
export const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>()
/** Money: integer minor units of the row's `currency`. */
export const money = (name: string) => integer(name)
export const currency = () => text('currency').notNull().default('USD')

/** Columns every synced row carries (shared/DATA-MODEL.md, "Rules for every table"). */
export const syncedColumns = () => ({
  createdAt: text('created_at').notNull().default(nowIso),
  updatedAt: text('updated_at').notNull().default(nowIso),
  /** A tombstone: deletes sync as updates. */
  deletedAt: text('deleted_at'),
})

/** SQL list for a CHECK constraint built from the shared enum, so both stay one list. */
export const sqlList = (values: readonly string[]): SQL =>
  sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '))

export const inList = (column: AnySQLiteColumn, values: readonly string[]): SQL =>
  sql`${column} in (${sqlList(values)})`
