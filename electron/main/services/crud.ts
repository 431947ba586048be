import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { SyncedTable } from '../store/writer.ts'
import type { ServiceContext } from './context.ts'
import { defined, ownRow, requireRow } from './rows.ts'

type OrgTable = SyncedTable & { orgId: SQLiteColumn }
type ById = { id: string }

/**
 * The update, delete and restore every entity has, written once: a patch changes only
 * the fields given; delete is a tombstone; restore is its undo.
 */
export function editHandlers<N extends string, T extends OrgTable, R>(
  { db, writer, orgId }: ServiceContext,
  name: N,
  table: T,
  what: string,
  read: (id: string) => R,
) {
  return {
    [`${name}.update`]: ({ id, patch }: ById & { patch: Record<string, unknown> }) => {
      requireRow(db, table, id, orgId(), what)
      writer.write((tx) => tx.update(table, id, defined(patch) as Partial<T['$inferInsert']>))
      return read(id)
    },
    [`${name}.delete`]: ({ id }: ById) => {
      requireRow(db, table, id, orgId(), what)
      writer.write((tx) => tx.remove(table, id))
      return { id }
    },
    [`${name}.restore`]: ({ id }: ById) => {
      ownRow(db, table, id, orgId(), what)
      writer.write((tx) => tx.restore(table, id))
      return { id }
    },
  } as {
    [K in `${N}.update`]: (input: ById & { patch: Record<string, unknown> }) => R
  } & {
    [K in `${N}.delete` | `${N}.restore`]: (input: ById) => ById
  }
}
