import type { FastifyError, FastifyInstance } from 'fastify'
import type { z } from 'zod'
import type { ErrorBody } from '#shared/sync/protocol'

/** An error meant for the caller: its status, a stable code and a sentence saying what to do. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

/** Parses a request part with its zod schema; a 400 naming each wrong field otherwise. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  const first = issues[0]
  throw new HttpError(
    400,
    'invalid_request',
    `Invalid ${what}: ${first ? `${first.path || '(root)'}: ${first.message}` : 'malformed'}`,
    issues,
  )
}

const body = (code: string, message: string, details?: unknown): ErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
})

/**
 * Every failure leaves as { error: { code, message } }. Ours carry their own status;
 * Fastify's (body too large, bad JSON, rate limit) keep theirs; anything else is a 500
 * whose details stay in the log, never in the answer.
 */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | HttpError | Error, request, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.status).send(body(error.code, error.message, error.details))
    }
    const status =
      'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500
    if (status < 500) {
      const code =
        'code' in error && typeof error.code === 'string' ? error.code.toLowerCase() : 'bad_request'
      return reply.status(status).send(body(code, error.message))
    }
    request.log.error({ err: error }, 'request failed')
    return reply
      .status(500)
      .send(
        body(
          'internal',
          'The server failed to answer; try again, and tell an admin if it keeps happening.',
        ),
      )
  })
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}`)),
  )
}
