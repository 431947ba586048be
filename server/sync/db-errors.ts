import type { RejectReason } from '#shared/sync/protocol'

interface DatabaseProblem {
  code?: string
  constraint?: string
  column?: string
  message?: string
}

/**
 * A database refusal of one mutation as the reason its user sees; undefined for a failure
 * that is not about the mutation (connection lost, a bug), which fails the whole batch.
 * Codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export function rejectionFor(
  error: unknown,
  table: string,
): { reason: RejectReason; message: string } | undefined {
  const e = (error ?? {}) as DatabaseProblem
  const rule = e.constraint ? ` (${e.constraint})` : ''
  switch (e.code) {
    case '23505':
      return { reason: 'invalid', message: `Another ${table} row already has this value${rule}` }
    case '23503':
      return { reason: 'invalid', message: `It points at a row that does not exist${rule}` }
    case '23514':
      return { reason: 'invalid', message: `A value is not allowed${rule}` }
    case '23502':
      return { reason: 'invalid', message: `${e.column ?? 'A required column'} must have a value` }
    case '42501':
      // Row-level security refused it (the service's own checks should have caught it first).
      // Any other missing privilege is the server's set-up, not the user's row: a 500.
      return e.message?.includes('row-level security')
        ? {
            reason: 'tenancy',
            message: `The ${table} row is outside your organization or not yours`,
          }
        : undefined
    default:
      if (e.code?.startsWith('22'))
        return { reason: 'invalid', message: `A value is out of range: ${e.message ?? ''}` }
      return undefined
  }
}
