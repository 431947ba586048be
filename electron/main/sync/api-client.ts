import type { z } from 'zod'
import {
  ErrorBody,
  PushResponse,
  schemaVersionHeader,
  Session,
  ShapeCounts,
  syncSchemaVersion,
  type PushRequest,
} from '#shared/sync/protocol'

/** The fetch the engine uses: global fetch in the app, a fault-injecting one in tests. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

/** The server could not be reached, or the answer was lost: try again later. */
export class OfflineError extends Error {
  override readonly name = 'OfflineError'
}

/** The server answered with an error (server/PROTOCOL.md lists the codes). */
export class ServerError extends Error {
  override readonly name = 'ServerError'
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** Answers that end the session: the user must sign in again. */
export const sessionEndingCodes = new Set([
  'invalid_refresh_token',
  'refresh_token_reused',
  'session_revoked',
  'session_expired',
  'account_suspended',
  'organization_closed',
])

/** How long one request may take before it counts as lost. */
const requestTimeoutMs = 30_000

/**
 * The sync service's HTTP API (server/PROTOCOL.md) with every answer checked by its zod
 * schema. Knows nothing of tokens beyond the one it is handed per call.
 */
export class SyncApi {
  constructor(
    readonly baseUrl: string,
    private readonly fetch: FetchLike,
  ) {}

  async #call<T extends z.ZodType>(
    path: string,
    schema: T | null,
    init: { method?: string; body?: unknown; token?: string | undefined } = {},
  ): Promise<z.output<T>> {
    const headers: Record<string, string> = { [schemaVersionHeader]: String(syncSchemaVersion) }
    if (init.body !== undefined) headers['content-type'] = 'application/json'
    if (init.token) headers.authorization = `Bearer ${init.token}`
    let response: Response
    try {
      response = await this.fetch(`${this.baseUrl}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      })
    } catch (error) {
      throw new OfflineError(
        `The sync server at ${this.baseUrl} cannot be reached (${error instanceof Error ? error.message : String(error)})`,
      )
    }
    const text = await response.text().catch(() => {
      throw new OfflineError('The connection dropped while the server answered')
    })
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(safeJson(text))
      if (parsed.success)
        throw new ServerError(response.status, parsed.data.error.code, parsed.data.error.message)
      // Not our server's error shape: a proxy or a captive portal answered.
      if (response.status >= 500 || response.status === 404)
        throw new OfflineError(`The server at ${this.baseUrl} answered ${response.status}`)
      throw new ServerError(response.status, 'unexpected', `The server answered ${response.status}`)
    }
    if (!schema) return undefined as z.output<T>
    const parsed = schema.safeParse(safeJson(text))
    if (!parsed.success) {
      throw new ServerError(
        response.status,
        'unexpected_answer',
        `The server at ${this.baseUrl} answered in a form this app does not understand; is it a CRM sync server?`,
      )
    }
    return parsed.data
  }

  signIn(email: string, password: string, deviceName: string) {
    return this.#call('/v1/auth/sign-in', Session, { body: { email, password, deviceName } })
  }

  refresh(refreshToken: string) {
    return this.#call('/v1/auth/refresh', Session, { body: { refreshToken } })
  }

  signOut(refreshToken: string) {
    return this.#call('/v1/auth/sign-out', null, { body: { refreshToken } })
  }

  push(token: string, request: PushRequest) {
    return this.#call('/v1/push', PushResponse, { body: request, token })
  }

  shapeCounts(token: string) {
    return this.#call('/v1/shape-counts', ShapeCounts, { token })
  }

  health() {
    return this.#call('/v1/health', null)
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
