import {
  syncSchemaVersion,
  type MutationOutcome,
  type PushRequest,
  type PushResponse,
} from '#shared/sync/protocol'
import type { Principal } from '../auth/principal.ts'
import type { Sql } from '../db/sql.ts'
import { setRequestScope } from '../db/scoped.ts'
import { HttpError } from '../http/errors.ts'
import { applyMutation } from './apply-mutation.ts'
import { BatchState } from './batch-state.ts'
import { validateBatch } from './validate-batch.ts'
import { recordPosition } from './write-position.ts'

export interface PushContext {
  sql: Sql
  principal: Principal
  requestId: string
  ip?: string
  userAgent?: string
  now: number
  /**
   * Whether applied outcomes carry their change-log `position`. Only when this server serves
   * the shapes itself: a real Electric service's offsets count something else, and a device
   * must not compare the two.
   */
  changeLogPositions: boolean
}

/** The position is for the device that can compare it with its shapes' offsets, or for none. */
const withoutPosition = (outcome: MutationOutcome): MutationOutcome => {
  if (outcome.status !== 'applied' || outcome.position === undefined) return outcome
  const { position: _position, ...rest } = outcome
  return rest
}

/** Sync rule 7: a device on another schema is told so, and keeps its outbox. */
export function checkSchemaVersion(version: number) {
  if (version < syncSchemaVersion) {
    throw new HttpError(
      426,
      'client_outdated',
      `This app speaks data schema ${version}; the server speaks ${syncSchemaVersion}. Update the app: your unsynced changes are kept until then.`,
    )
  }
  if (version > syncSchemaVersion) {
    throw new HttpError(
      400,
      'server_outdated',
      `This app speaks data schema ${version}, newer than the server's ${syncSchemaVersion}. Ask an admin to update the sync server; your changes are kept.`,
    )
  }
}

/**
 * Applies one device's batch in one transaction (sync rules 1, 2, 4, 6): a mutation id seen
 * before answers with its recorded outcome and changes nothing; every other mutation is
 * applied or rejected with its reason, and its outcome recorded in the same transaction.
 */
export async function push(ctx: PushContext, request: PushRequest): Promise<PushResponse> {
  checkSchemaVersion(request.schemaVersion)
  const tables = validateBatch(request.mutations)
  const ids = request.mutations.map((m) => m.id)
  if (new Set(ids).size !== ids.length) {
    throw new HttpError(400, 'duplicate_mutation', 'A batch lists the same mutation id twice')
  }
  const { principal } = ctx
  return ctx.sql.transaction(async (tx) => {
    // One push per device at a time: a retry racing its original waits, then replays.
    await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `${principal.orgId}/${request.deviceId}`,
    ])
    // Writes switch to crm_app one by one (apply-mutation.ts); the policies need the scope.
    await setRequestScope(tx, principal)
    const seen = new Map(
      (
        await tx.query<{ mutation_id: string; org_id: string; outcome: MutationOutcome }>(
          'select mutation_id::text, org_id::text, outcome from applied_mutations where mutation_id = any($1::uuid[])',
          [ids],
        )
      ).map((r) => [r.mutation_id, r]),
    )
    const state = new BatchState()
    await state.preload(
      tx,
      request.mutations.flatMap((m, i) =>
        seen.has(m.id) ? [] : [{ table: tables[i]!, rowId: m.rowId }],
      ),
    )
    const context = {
      tx,
      principal,
      deviceId: request.deviceId,
      correlationId: ctx.requestId,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      now: ctx.now,
    }
    const results: MutationOutcome[] = []
    const fresh: MutationOutcome[] = []
    for (const [index, m] of request.mutations.entries()) {
      const before = seen.get(m.id)
      if (before) {
        // A mutation id is the device's; another organization's id is a forged or broken client.
        // Its recorded outcome keeps the position of its first application: the device's
        // copy may hold newer changes by now, and must not take this answer for news.
        results.push(
          before.org_id === principal.orgId
            ? before.outcome
            : {
                id: m.id,
                status: 'rejected',
                reason: 'tenancy',
                message: 'This mutation id belongs to another organization',
              },
        )
        continue
      }
      const outcome = await applyMutation(context, state, tables[index]!, m)
      results.push(outcome)
      fresh.push(outcome)
    }
    // Clocks, audit entries and every new outcome: one statement each, in the batch's transaction.
    await state.flush(tx, context)
    if (fresh.length > 0) {
      const recorded = await tx.query<{ id: string }>(
        `insert into applied_mutations (mutation_id, org_id, user_id, device_id, outcome)
         select (o->>'id')::uuid, $1, $2, $3, o from jsonb_array_elements($4::jsonb) o
         on conflict (mutation_id) do nothing
         returning mutation_id::text as id`,
        [principal.orgId, principal.userId, request.deviceId, JSON.stringify(fresh)],
      )
      const applied = fresh.filter((o) => o.status === 'applied')
      if (ctx.changeLogPositions && applied.length > 0) {
        // Last before the commit, and written into the record too, so a resend whose
        // first answer was lost is answered with it.
        const position = await recordPosition(
          tx,
          recorded.map((r) => r.id),
        )
        for (const outcome of applied) outcome.position = position
      }
    }
    return { results: ctx.changeLogPositions ? results : results.map(withoutPosition) }
  })
}
