import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { ErrorBody } from '#shared/sync/protocol'
import { createOrganization, createUser } from '../admin/bootstrap.ts'
import type { BuiltInRole } from '../admin/users.ts'
import { buildServer } from '../app.ts'
import type { ServerConfig } from '../config.ts'
import { openTestDatabase, type DatabaseKind, type TestDatabase } from '../testing/database.ts'
import { testConfig } from '../testing/server.ts'

/*
 * For the auth and admin suites: a migrated database with one organization, a sync
 * server on a free port, and plain fetch calls against it. Not a test file itself.
 */

export const password = 'correct horse battery staple'

/**
 * A clock the server reads instead of Date.now, moved forward by tests of expiry. It stands
 * still otherwise: tokens carry whole seconds, so a running clock would make "1 s before
 * expiry" depend on how long the machine took to get there.
 */
export class TestClock {
  offsetMs = 0
  private readonly start = Date.now()
  readonly now = () => this.start + this.offsetMs
  advance(ms: number) {
    this.offsetMs += ms
  }
  reset() {
    this.offsetMs = 0
  }
}

export interface Reply {
  status: number
  headers: Headers
  body: unknown
}

/** An HTTP client for one server: JSON in, JSON (or nothing) out. */
export class Client {
  constructor(readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    options: {
      body?: unknown
      token?: string | undefined
      rawBody?: string
      headers?: Record<string, string>
    } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers }
    if (options.body !== undefined || options.rawBody !== undefined) {
      headers['content-type'] = 'application/json'
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body:
        options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    })
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    }
  }

  post = (path: string, body?: unknown, token?: string) =>
    this.request('POST', path, { body, token })
  get = (path: string, token?: string) => this.request('GET', path, { token })
  patch = (path: string, body: unknown, token?: string) =>
    this.request('PATCH', path, { body, token })

  async signIn(email: string, secret = password, deviceName?: string) {
    const reply = await this.post('/v1/auth/sign-in', { email, password: secret, deviceName })
    if (reply.status !== 200) {
      throw new Error(`sign-in of ${email} answered ${reply.status}: ${JSON.stringify(reply.body)}`)
    }
    return SessionBody.parse(reply.body)
  }
}

/** The answer of sign-in and refresh, as the desktop will read it. */
export const SessionBody = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number(),
  user: z.object({ id: z.uuid(), orgId: z.uuid(), email: z.string(), name: z.string() }),
  permissions: z.array(z.string()),
})
export type SessionBody = z.infer<typeof SessionBody>

/** The error body's code and message; fails the test if the body is not an error body. */
export const errorOf = (reply: Reply) => ErrorBody.parse(reply.body).error

export interface AuthFixture {
  db: TestDatabase
  app: FastifyInstance
  client: Client
  clock: TestClock
  config: ServerConfig
  /** The server's log lines (pino JSON), from its start. */
  logLines: string[]
  orgId: string
  adminId: string
  adminEmail: string
  /** A user in the organization with the given role; emails are unique per call. */
  addUser(role: BuiltInRole, name?: string): Promise<{ userId: string; email: string }>
  close(): Promise<void>
}

let counter = 0
const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

/** A fresh database with one organization (and its admin), served on a free port. */
export async function startAuthFixture(
  kind: DatabaseKind,
  overrides: Partial<ServerConfig> = {},
  db?: TestDatabase,
): Promise<AuthFixture> {
  const database = db ?? (await openTestDatabase(kind))
  const slug = uniqueSlug('agency')
  const adminEmail = `admin@${slug}.test`
  const { orgId, adminUserId } = await createOrganization(database.sql, {
    name: `Agency ${slug}`,
    slug,
    admin: { email: adminEmail, name: 'Ada Admin', password },
  })
  const clock = new TestClock()
  const config = testConfig(overrides)
  const logLines: string[] = []
  const logStream = { write: (line: string) => void logLines.push(line) }
  const app = await buildServer({ sql: database.sql, config, now: clock.now, logStream })
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  return {
    db: database,
    app,
    client: new Client(address),
    clock,
    config,
    logLines,
    orgId,
    adminId: adminUserId,
    adminEmail,
    async addUser(role, name = `A ${role}`) {
      const email = `${role}-${++counter}@${slug}.test`
      const { userId } = await createUser(database.sql, { orgId, email, name, password, role })
      return { userId, email }
    },
    async close() {
      await app.close()
      if (!db) await database.close()
    },
  }
}
