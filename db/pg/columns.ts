import { sql, type SQL } from 'drizzle-orm'
import {
  bigint,
  boolean,
  customType,
  jsonb,
  text,
  timestamp as pgTimestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'

// The server's column helpers mirror db/sqlite/columns.ts one for one, so a table reads
// the same in both schemas; only the SQL types differ (see db/pg/README.md).

export const id = () => uuid('id').primaryKey()

/** The tenant: every synced row belongs to one organization. */
export const orgId = (organizations: () => AnyPgColumn) =>
  uuid('org_id').notNull().references(organizations, { onDelete: 'cascade' })

/** UTC instants; read as strings so they pass through sync unchanged. */
export const timestamp = (name: string) => pgTimestamp(name, { withTimezone: true, mode: 'string' })
export const bool = (name: string) => boolean(name)
export const json = <T>(name: string) => jsonb(name).$type<T>()
/** Money: integer minor units of the row's `currency`. bigint, read as a JS number. */
export const money = (name: string) => bigint(name, { mode: 'number' })
/** Counts that can pass 2^31 (followers, impressions, reach). */
export const bigCount = (name: string) => bigint(name, { mode: 'number' })
export const currency = () => text('currency').notNull().default('USD')

/** Binary data: Yjs updates and snapshots. drizzle-orm 0.45 has no built-in bytea. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
})

/** Columns every synced row carries (shared/DATA-MODEL.md, "Rules for every table"). */
export const syncedColumns = () => ({
  createdAt: timestamp('created_at').notNull().defaultNow(),
  updatedAt: timestamp('updated_at').notNull().defaultNow(),
  /** A tombstone: deletes sync as updates. */
  deletedAt: timestamp('deleted_at'),
})

/** SQL list for a CHECK constraint built from the shared enum, so both stay one list. */
export const sqlList = (values: readonly string[]): SQL =>
  sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '))

export const inList = (column: AnyPgColumn, values: readonly string[]): SQL =>
  sql`${column} in (${sqlList(values)})`
