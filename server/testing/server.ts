import type { FastifyInstance } from 'fastify'
import { formatHlc, tickHlc, type HlcState } from '#shared/sync/hlc'
import { syncSchemaVersion, type Mutation, type PushResponse } from '#shared/sync/protocol'
import { createOrganization, createUser } from '../admin/bootstrap.ts'
import { buildServer } from '../app.ts'
import type { ServerConfig } from '../config.ts'
import type { Sql } from '../db/sql.ts'

/** The sync service on 127.0.0.1 over a test database, reached over real HTTP. */
export interface TestServer {
  url: string
  app: FastifyInstance
  close(): Promise<void>
}

export const testConfig = (overrides: Partial<ServerConfig> = {}): ServerConfig => ({
  authSecret: 'test-secret-that-is-long-enough-for-hs256-000',
  accessTokenTtlSeconds: 900,
  refreshTokenTtlDays: 30,
  liveTimeoutMs: 10_000,
  bodyLimitBytes: 1024 * 1024,
  signInAttemptsPerMinute: 1000,
  logLevel: 'silent',
  ...overrides,
})

export async function startTestServer(
  sql: Sql,
  overrides: Partial<ServerConfig> = {},
): Promise<TestServer> {
  const app = await buildServer({ sql, config: testConfig(overrides) })
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  return { url: address, app, close: () => app.close() }
}

export interface Member {
  userId: string
  email: string
  password: string
}

export interface Agency {
  orgId: string
  admin: Member
  member: Member
  viewer: Member
}

let agencies = 0

/** An organization with an admin, a member and a viewer, made the way the first-run command makes one. */
export async function createAgency(sql: Sql, name = 'Agency'): Promise<Agency> {
  const n = ++agencies
  const slug = `${name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}-${n}`
  const password = 'correct horse battery staple'
  const admin = { email: `admin-${slug}@example.test`, password }
  const { orgId, adminUserId } = await createOrganization(sql, {
    name,
    slug,
    admin: { email: admin.email, name: `Admin ${name}`, password },
  })
  const make = async (role: 'member' | 'viewer'): Promise<Member> => {
    const email = `${role}-${slug}@example.test`
    const { userId } = await createUser(sql, {
      orgId,
      email,
      name: `${role} ${name}`,
      password,
      role,
    })
    return { userId, email, password }
  }
  return {
    orgId,
    admin: { userId: adminUserId, ...admin },
    member: await make('member'),
    viewer: await make('viewer'),
  }
}

export async function signIn(
  url: string,
  who: Pick<Member, 'email' | 'password'>,
): Promise<string> {
  const response = await fetch(`${url}/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password, deviceName: 'test' }),
  })
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { accessToken: string }).accessToken
}

/** A device: its id, its clock, and its pushes, as the desktop's sync engine will make them. */
export class TestDevice {
  private clock: HlcState
  constructor(
    readonly url: string,
    readonly token: string,
    readonly deviceId = `device-${Math.random().toString(36).slice(2, 10)}`,
  ) {
    this.clock = { ms: 0, counter: 0, node: deviceId }
  }

  /** The next HLC stamp of this device. */
  stamp(): string {
    this.clock = tickHlc(this.clock, Date.now())
    return formatHlc(this.clock)
  }

  mutation(
    table: string,
    rowId: string,
    op: Mutation['op'],
    changes: Record<string, unknown>,
    extra: Partial<Mutation> = {},
  ): Mutation {
    const stamp = this.stamp()
    return {
      id: crypto.randomUUID(),
      table,
      rowId,
      op,
      changes,
      clocks: Object.fromEntries(Object.keys(changes).map((c) => [c, stamp])),
      ...extra,
    }
  }

  async pushRaw(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}/v1/push`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.token}`,
        ...headers,
      },
      body: JSON.stringify(body),
    })
  }

  async push(...mutations: Mutation[]): Promise<PushResponse['results']> {
    const response = await this.pushRaw({
      schemaVersion: syncSchemaVersion,
      deviceId: this.deviceId,
      mutations,
    })
    if (!response.ok) throw new Error(`push failed: ${response.status} ${await response.text()}`)
    return ((await response.json()) as PushResponse).results
  }

  /** The headers a shape request of this device carries. */
  get shapeHeaders(): Record<string, string> {
    return {
      authorization: `Bearer ${this.token}`,
      'x-crm-schema-version': String(syncSchemaVersion),
    }
  }
}

export interface ShapeAnswer {
  status: number
  handle: string | null
  offset: string | null
  upToDate: boolean
  body: { key?: string; value?: Record<string, unknown>; headers: Record<string, unknown> }[]
}

/** One raw Shape API request, as the Electric client would make it. */
export async function shapeRequest(
  device: TestDevice,
  query: Record<string, string>,
  signal?: AbortSignal,
): Promise<ShapeAnswer> {
  const response = await fetch(`${device.url}/v1/shape?${new URLSearchParams(query)}`, {
    headers: device.shapeHeaders,
    signal,
  })
  const text = await response.text()
  return {
    status: response.status,
    handle: response.headers.get('electric-handle'),
    offset: response.headers.get('electric-offset'),
    upToDate: response.headers.has('electric-up-to-date'),
    body: text ? (JSON.parse(text) as ShapeAnswer['body']) : [],
  }
}

/** Reads a table's shape from the start until up to date: the rows a device would hold, and where it stopped. */
export async function readShape(
  device: TestDevice,
  table: string,
  from?: { handle: string; offset: string },
) {
  const rows = new Map<string, Record<string, unknown>>()
  let position = from ?? { handle: '', offset: '-1' }
  for (let requests = 0; requests < 1000; requests++) {
    const answer = await shapeRequest(device, {
      table,
      offset: position.offset,
      ...(position.handle ? { handle: position.handle } : {}),
    })
    if (answer.status !== 200)
      throw new Error(`shape ${table}: ${answer.status} ${JSON.stringify(answer.body)}`)
    for (const m of answer.body) {
      const id = String(m.value?.id)
      if (m.headers.operation === 'delete') rows.delete(id)
      else if (m.headers.operation) rows.set(id, { ...rows.get(id), ...m.value })
    }
    position = { handle: answer.handle!, offset: answer.offset! }
    if (answer.upToDate) return { rows, position }
  }
  throw new Error(`shape ${table} never became up to date`)
}
