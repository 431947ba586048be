import { syncSchemaVersion, type Mutation, type MutationOutcome } from '#shared/sync/protocol'
import { ServerError } from './api-client.ts'
import type { AuthSession } from './auth-session.ts'

/** Whole-batch refusals caused by one malformed mutation (server/PROTOCOL.md, section 3). */
const malformed = new Set([
  'invalid_request',
  'unknown_table',
  'unknown_column',
  'invalid_value',
  'missing_clock',
  'duplicate_mutation',
])

async function send(auth: AuthSession, deviceId: string, mutations: Mutation[]) {
  const request = { schemaVersion: syncSchemaVersion, deviceId, mutations }
  const token = await auth.accessToken()
  try {
    return (await auth.api.push(token, request)).results
  } catch (error) {
    // The access token died early (signed out elsewhere, role changed): once more, fresh.
    if (!(error instanceof ServerError) || error.status !== 401) throw error
    auth.invalidate(token)
    return (await auth.api.push(await auth.refresh(), request)).results
  }
}

/**
 * Pushes one batch and returns an outcome for every mutation in it. A batch the server
 * refuses whole because one mutation in it is malformed is sent again one by one, so the
 * bad one alone goes to the conflict inbox (with the server's words) and the rest apply:
 * one bad entry never blocks the queue, and nothing is dropped unseen (sync rule 2).
 */
export async function pushBatch(
  auth: AuthSession,
  deviceId: string,
  mutations: Mutation[],
): Promise<MutationOutcome[]> {
  try {
    return await send(auth, deviceId, mutations)
  } catch (error) {
    if (error instanceof ServerError && error.status === 413) {
      // Over the server's body limit (Yjs updates as hex add up): halves, then alone.
      if (mutations.length === 1)
        return [
          {
            id: mutations[0]!.id,
            status: 'rejected',
            reason: 'invalid',
            message: `This change is larger than the server accepts in one request (${error.message})`,
          },
        ]
      const half = Math.ceil(mutations.length / 2)
      return [
        ...(await pushBatch(auth, deviceId, mutations.slice(0, half))),
        ...(await pushBatch(auth, deviceId, mutations.slice(half))),
      ]
    }
    if (!(error instanceof ServerError) || error.status !== 400 || !malformed.has(error.code))
      throw error
    if (mutations.length === 1) {
      return [
        {
          id: mutations[0]!.id,
          status: 'rejected',
          reason: 'invalid',
          message: `The server could not read this change: ${error.message}`,
        },
      ]
    }
    const outcomes: MutationOutcome[] = []
    for (const mutation of mutations)
      outcomes.push(...(await pushBatch(auth, deviceId, [mutation])))
    return outcomes
  }
}
