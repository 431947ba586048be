import { parseHlc } from '#shared/sync/hlc'
import type { Mutation, MutationOutcome, RejectReason } from '#shared/sync/protocol'
import type { Principal } from '../auth/principal.ts'
import type { Queryable } from '../db/sql.ts'
import { syncTable, type SyncTable } from './catalog.ts'
import { rejectionFor } from './db-errors.ts'
import { decide, type Row } from './decide.ts'
import { historyProblem } from './document-history.ts'
import type { BatchState } from './batch-state.ts'
import { assignDocumentNumber } from './numbers.ts'
import { sqlCast, sqlParam } from './values.ts'

export interface ApplyContext {
  tx: Queryable
  principal: Principal
  deviceId: string
  /** Ties the audit rows of one pushed batch together. */
  correlationId: string
  ip?: string
  userAgent?: string
  now: number
}

/** A device clock this far ahead of the server's would win every later edit: refused. */
const maxClockSkewMs = 60 * 60 * 1000

const rejected = (m: Mutation, reason: RejectReason, message: string): MutationOutcome => ({
  id: m.id,
  status: 'rejected',
  reason,
  message,
})

/**
 * Every row the mutation points at must exist, be in the user's organization (or shared
 * by all), and not be another user's private row (a private document's body included).
 */
async function referenceProblem(
  ctx: ApplyContext,
  table: SyncTable,
  m: Mutation,
  existing: Row | undefined,
): Promise<MutationOutcome | undefined> {
  for (const [column, target] of table.references) {
    const changed = column in m.changes
    const value = changed ? m.changes[column] : existing?.[column]
    const targetTable = syncTable(target)
    if (typeof value !== 'string' || column === 'org_id' || !targetTable) continue
    const privacy = targetTable.privacy?.kind === 'visibility' ? targetTable.privacy : undefined
    // An unchanged reference can only fail the private-row test: without one, skip the read.
    if (!changed && !privacy) continue
    const orgColumn =
      targetTable.org === 'id' ? 'id' : targetTable.org === 'org_id' ? 'org_id' : 'null'
    const ownerColumn = privacy ? `"${privacy.ownerColumn}"::text` : 'null'
    const [row] = await ctx.tx.query<{
      org: string | null
      private: boolean
      owner: string | null
    }>(
      `select ${orgColumn}::text as org, ${privacy ? "visibility = 'private'" : 'false'} as private,
         ${ownerColumn} as owner from "${target}" where id = $1`,
      [value],
    )
    const what = target.replaceAll('_', ' ')
    if (!row) {
      if (changed)
        return rejected(m, 'invalid', `${column} points at a ${what} row that does not exist`)
      continue
    }
    if (changed && row.org !== null && row.org !== ctx.principal.orgId) {
      return rejected(m, 'tenancy', `${column} points at a row of another organization`)
    }
    if (row.private && row.owner !== ctx.principal.userId) {
      return rejected(m, 'private', `${column} points at a ${what} private to another user`)
    }
  }
  return undefined
}

/**
 * Decides and writes one mutation inside the batch's transaction. The write runs as the
 * request's user (role crm_app, row-level security) in a savepoint, so a refused row is
 * undone alone and the rest of the batch still applies.
 */
export async function applyMutation(
  ctx: ApplyContext,
  state: BatchState,
  table: SyncTable,
  m: Mutation,
): Promise<MutationOutcome> {
  const { tx } = ctx
  const ahead = Object.values(m.clocks).find((c) => parseHlc(c).ms > ctx.now + maxClockSkewMs)
  if (ahead)
    return rejected(
      m,
      'invalid',
      `The device clock is more than an hour ahead (${ahead}); correct the computer's time and retry`,
    )

  const { row: existing, clocks } = state.get(table, m.rowId)
  const decision = decide(table, m, existing, clocks, ctx.principal)
  if (decision.kind === 'reject') return rejected(m, decision.reason, decision.message)
  const refProblem = await referenceProblem(ctx, table, m, existing)
  if (refProblem) return refProblem
  const history = await historyProblem(tx, table, m, existing, decision.values)
  if (history) return rejected(m, history.reason, history.message)

  const values: Row = { ...decision.values }
  const assigned: Row = {}
  if (Object.keys(values).length === 0 && existing) {
    return { id: m.id, status: 'applied', overridden: decision.overridden, assigned }
  }

  // Everything the mutation writes (its final number, the row) is undone together if the
  // database refuses any of it; its clocks and audit entry are written with the batch's.
  let written: Row
  try {
    if (table.name === 'financial_documents' && !existing) {
      await tx.exec('savepoint mutation')
      const number = await assignDocumentNumber(
        tx,
        ctx.principal.orgId,
        String(values.type),
        values.issue_date as string | null,
        ctx.now,
      )
      Object.assign(assigned, { document_number: number, number_provisional: false })
      Object.assign(values, assigned)
      await tx.exec('set local role crm_app')
    } else {
      await tx.exec('savepoint mutation; set local role crm_app')
    }
    written = await writeRow(
      tx,
      table,
      m.rowId,
      values,
      existing ? 'update' : 'insert',
      ctx.principal.orgId,
    )
  } catch (error) {
    // Also undoes SET LOCAL ROLE, which belongs to the savepoint.
    await tx.exec('rollback to savepoint mutation; reset role')
    const rejection = rejectionFor(error, table.name)
    if (!rejection) throw error
    return rejected(m, rejection.reason, rejection.message)
  }
  await tx.exec('reset role; release savepoint mutation')
  state.applied(table, m.rowId, written, decision.newClocks, {
    action: `${table.name}.${existing ? m.op : 'insert'}`,
    entityType: table.name,
    entityId: m.rowId,
    changes: values,
  })
  return { id: m.id, status: 'applied', overridden: decision.overridden, assigned }
}

async function writeRow(
  tx: Queryable,
  table: SyncTable,
  id: string,
  values: Row,
  op: 'insert' | 'update',
  orgId: string,
): Promise<Row> {
  const entries = Object.entries(values)
  const params: unknown[] = [id]
  const placeholder = (column: string, value: unknown) => {
    const spec = table.columns.get(column)!
    params.push(sqlParam(spec, value))
    return `$${params.length}::${sqlCast(spec)}`
  }
  if (op === 'update') {
    const sets = entries.map(([c, v]) => `"${c}" = ${placeholder(c, v)}`)
    const [updated] = await tx.query<{ row: Row }>(
      `update "${table.name}" t set ${[...sets, 'updated_at = now()'].join(', ')} where id = $1
       returning to_jsonb(t) as row`,
      params,
    )
    return updated!.row
  }
  const columns = ['id', ...entries.map(([c]) => c)]
  const placeholders = ['$1::uuid', ...entries.map(([c, v]) => placeholder(c, v))]
  if (table.org === 'org_id') {
    columns.push('org_id')
    placeholders.push(placeholder('org_id', orgId))
  }
  columns.push('updated_at')
  placeholders.push('now()')
  const [inserted] = await tx.query<{ row: Row }>(
    `insert into "${table.name}" as t (${columns.map((c) => `"${c}"`).join(', ')})
     values (${placeholders.join(', ')}) returning to_jsonb(t) as row`,
    params,
  )
  return inserted!.row
}
