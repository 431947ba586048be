import { canMove } from '#shared/domain/status-machines'
import { compareHlc } from '#shared/sync/hlc'
import type { Mutation, RejectReason } from '#shared/sync/protocol'
import type { Principal } from '../auth/principal.ts'
import type { SyncTable } from './catalog.ts'

/*
 * The conflict and authorization rules for one mutation, as a pure function of the mutation,
 * the row as the server has it, and its field clocks (DESIGN.md, sync rules 4 and 6). The
 * caller (apply-mutation.ts) does the reading and the writing.
 */

export type Row = Record<string, unknown>

export type Decision =
  | { kind: 'reject'; reason: RejectReason; message: string }
  | { kind: 'apply'; values: Row; overridden: string[]; newClocks: Record<string, string> }

const reject = (reason: RejectReason, message: string): Decision => ({
  kind: 'reject',
  reason,
  message,
})

/** Columns the server writes itself whatever a device sends. */
const serverSet = new Set(['id', 'org_id', 'updated_at'])

const ownerOf = (table: SyncTable, row: Row) =>
  table.privacy ? row[table.privacy.ownerColumn] : undefined
const isPrivate = (table: SyncTable, row: Row) =>
  table.privacy?.kind === 'always' ||
  (table.privacy?.kind === 'visibility' && row.visibility === 'private')

/** Equal as the database sees it: instants compare as instants, whatever their spelling. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'string' || typeof b !== 'string') return false
  const [x, y] = [Date.parse(a), Date.parse(b)]
  return !Number.isNaN(x) && x === y
}

export function decide(
  table: SyncTable,
  m: Mutation,
  existing: Row | undefined,
  clocks: Record<string, string>,
  principal: Principal,
): Decision {
  const what = `${table.name.replaceAll('_', ' ')} ${m.rowId}`
  // Tenancy first: another organization's row is not described any further.
  const rowOrg = table.org === 'id' ? existing?.id : existing?.org_id
  if (existing && table.org !== 'none' && rowOrg !== principal.orgId) {
    return reject('tenancy', `The ${what} belongs to another organization`)
  }
  if ('org_id' in m.changes && m.changes.org_id !== (existing?.org_id ?? principal.orgId)) {
    return reject('tenancy', `A row cannot be written into or moved to another organization`)
  }
  if (existing && isPrivate(table, existing) && ownerOf(table, existing) !== principal.userId) {
    return reject('private', `The ${what} is private to another user`)
  }

  // A tombstone is a delete however it is sent (op delete, or an update of deleted_at).
  const deleting =
    m.op === 'delete' || (m.changes.deleted_at !== undefined && m.changes.deleted_at !== null)
  const permission = deleting ? (table.remove ?? table.write) : table.write
  if (!permission) {
    return reject(
      'forbidden',
      `${table.name} is read-only for devices; admins change it in the admin area`,
    )
  }
  if (deleting && table.insertable === false) {
    return reject(
      'forbidden',
      `A ${table.name.replaceAll('_', ' ')} row cannot be deleted from a device`,
    )
  }
  if (!principal.permissions.has(permission)) {
    const verb = deleting ? 'deleting' : 'changing'
    return reject(
      'forbidden',
      `Your role lacks ${permission}, which ${verb} ${table.name.replaceAll('_', ' ')} needs`,
    )
  }
  if (!existing && (m.op !== 'insert' || table.insertable === false)) {
    return reject('invalid', `There is no ${what} to ${m.op}; it may have been refused earlier`)
  }

  // Delete beats a concurrent edit (an update, or an insert replayed onto the row) unless it restores.
  const restoring = m.changes.deleted_at === null
  if (existing?.deleted_at && m.op !== 'delete' && !restoring) {
    return reject(
      'deleted',
      `The ${what} was deleted; your edit was not applied. Restore it to edit it again`,
    )
  }

  const values: Row = {}
  const overridden: string[] = []
  const newClocks: Record<string, string> = {}
  const statusRule = table.status
  for (const [column, value] of Object.entries(m.changes)) {
    if (serverSet.has(column)) continue
    if (existing && table.serverColumns?.includes(column)) {
      overridden.push(column)
      continue
    }
    const incoming = m.clocks[column]!
    const current = clocks[column]
    // Status machines decide by order of arrival, not by clock (rule 4).
    const decidedByClock = !(statusRule && column === 'status')
    if (existing && decidedByClock && current && compareHlc(incoming, current) <= 0) {
      overridden.push(column)
      continue
    }
    values[column] = value
    newClocks[column] = incoming
  }

  for (const [column, guard] of Object.entries(table.guardedColumns ?? {})) {
    if (!(column in values) || principal.permissions.has(guard.permission)) continue
    const from = existing ? existing[column] : guard.initial
    if (!sameValue(values[column], from)) {
      return reject(
        'forbidden',
        `Your role lacks ${guard.permission}, which setting ${column.replaceAll('_', ' ')} needs`,
      )
    }
  }

  // A restore that lost to a later delete leaves the row deleted, and the edit with it.
  if (existing?.deleted_at && m.op !== 'delete' && !('deleted_at' in values)) {
    return reject(
      'deleted',
      `The ${what} was deleted after your restore; your edit was not applied`,
    )
  }

  if (table.privacy?.kind === 'visibility') {
    const after = { ...existing, ...values }
    if (after.visibility === 'private' && ownerOf(table, after) !== principal.userId) {
      return reject('private', `Only its owner can make the ${what} private`)
    }
  }

  if (statusRule && typeof values.status === 'string') {
    const to = values.status
    const from = existing?.status as string | undefined
    if (from === undefined && !statusRule.initial.includes(to)) {
      return reject(
        'transition',
        `A new ${table.name.replaceAll('_', ' ')} starts as ${statusRule.initial.join(' or ')}, not ${to}`,
      )
    }
    if (from !== undefined && from !== to) {
      if (
        !(from in statusRule.machine) ||
        !canMove(statusRule.machine as Record<string, readonly string[]>, from, to)
      ) {
        const moved =
          m.base?.status !== undefined && m.base.status !== from
            ? ' (someone changed it meanwhile)'
            : ''
        return reject(
          'transition',
          `The ${what} is ${from} on the server${moved}; it cannot become ${to}`,
        )
      }
      const approval = statusRule.approvals?.[to]
      if (approval && !principal.permissions.has(approval)) {
        return reject('forbidden', `Your role lacks ${approval}, which marking it ${to} needs`)
      }
    }
    if (from === to) delete values.status
  }
  return { kind: 'apply', values, overridden, newClocks }
}
