import type { Mutation } from '#shared/sync/protocol'
import { HttpError } from '../http/errors.ts'
import { syncTable, type SyncTable } from './catalog.ts'
import { valueProblem } from './values.ts'

/*
 * The checks that make a whole batch malformed (a client bug, not a user's conflict): an
 * unknown table or column, a value of the wrong type, a change without its clock. Any of
 * them refuses the batch with a 400 before anything is written, so nothing is half-applied.
 */

const refuse = (index: number, m: Mutation, code: string, problem: string) =>
  new HttpError(400, code, `Mutation ${index} (${m.id}) on ${m.table}: ${problem}`)

export function validateBatch(mutations: readonly Mutation[]): SyncTable[] {
  return mutations.map((m, index) => {
    const table = syncTable(m.table)
    if (!table) throw refuse(index, m, 'unknown_table', `there is no synced table ${m.table}`)
    for (const name of new Set([...Object.keys(m.changes), ...Object.keys(m.clocks)])) {
      if (!table.columns.has(name))
        throw refuse(index, m, 'unknown_column', `${m.table} has no column ${name}`)
    }
    for (const [name, value] of Object.entries(m.changes)) {
      if (!(name in m.clocks))
        throw refuse(index, m, 'missing_clock', `the change to ${name} has no clock stamp`)
      const problem = valueProblem(table.columns.get(name)!, value)
      if (problem) throw refuse(index, m, 'invalid_value', `${name} ${problem}`)
    }
    if ('id' in m.changes && m.changes.id !== m.rowId) {
      throw refuse(index, m, 'invalid_value', 'changes.id differs from rowId')
    }
    if (
      m.op === 'delete' &&
      (typeof m.changes.deleted_at !== 'string' || Object.keys(m.changes).length !== 1)
    ) {
      throw refuse(
        index,
        m,
        'invalid_value',
        'a delete carries exactly deleted_at, the time of the delete',
      )
    }
    return table
  })
}
