import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { is } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core'
import { DatabaseError, Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as schema from './schema/index.ts'
import { startTestPostgres, type TestPostgres } from './test-server.ts'

// The generated migrations, applied to a real PostgreSQL 15: every table is there, and the
// database itself refuses bad rows, naming the constraint, and keeps nothing of them.

const migrationsFolder = fileURLToPath(new URL('../migrations/pg', import.meta.url))
const tables = (Object.values(schema) as unknown[])
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableConfig(t))
const tableNames = tables.map((t) => t.name).sort()

let server: TestPostgres | undefined
let pool: Pool

beforeAll(async () => {
  server = await startTestPostgres()
  pool = new Pool({ connectionString: server.url, max: 4 })
  await migrate(drizzle({ client: pool }), { migrationsFolder })
}, 60_000)

afterAll(async () => {
  await pool?.end()
  await server?.stop()
}, 30_000)

const rows = async <T>(text: string, params: unknown[] = []) =>
  (await pool.query(text, params)).rows as T[]

const rowCounts = async () => {
  const counts: Record<string, number> = {}
  for (const name of tableNames) {
    const [row] = await rows<{ n: number }>(`select count(*)::int as n from "${name}"`)
    counts[name] = row?.n ?? -1
  }
  return counts
}

/** Runs a statement that must fail on `constraint`, and checks no table changed. */
const expectRefused = async (
  statement: { text: string; params: unknown[] },
  expected: { code: string; constraint: string },
) => {
  const before = await rowCounts()
  const error: unknown = await pool.query(statement.text, statement.params).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, `${statement.text} was accepted`).toBeInstanceOf(DatabaseError)
  const { code, constraint, message } = error as DatabaseError
  expect({ code, constraint }, message).toEqual(expected)
  expect(message).toContain(expected.constraint)
  expect(await rowCounts()).toEqual(before)
}

const fkName = (table: string, column: string) => {
  const fk = tables
    .find((t) => t.name === table)
    ?.foreignKeys.find((f) => f.reference().columns.some((c) => c.name === column))
  if (!fk) throw new Error(`no foreign key on ${table}.${column}`)
  return fk.getName()
}

describe('PostgreSQL migrations (db/migrations/pg)', () => {
  const ids = {
    org: randomUUID(),
    user: randomUUID(),
    influencer: randomUUID(),
    campaign: randomUUID(),
    offer: randomUUID(),
  }

  it('create every table of the schema, with its columns', async () => {
    const found = await rows<{ table_name: string }>(
      `select table_name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
    expect(found.map((r) => r.table_name)).toEqual(tableNames)

    const columns = await rows<{ table_name: string; column_name: string; is_nullable: string }>(
      `select table_name, column_name, is_nullable from information_schema.columns
       where table_schema = 'public'`,
    )
    for (const table of tables) {
      const inDb = columns.filter((c) => c.table_name === table.name)
      const wanted = table.columns.map((c) => `${c.name} ${c.notNull ? 'NO' : 'YES'}`).sort()
      const actual = inDb.map((c) => `${c.column_name} ${c.is_nullable}`).sort()
      expect(actual, table.name).toEqual(wanted)
    }
  })

  it('create every named check, index and foreign key of the schema', async () => {
    const constraints = new Set(
      (
        await rows<{ conname: string }>(
          `select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
           where n.nspname = 'public'`,
        )
      ).map((r) => r.conname),
    )
    const indexes = new Set(
      (
        await rows<{ indexname: string }>(
          `select indexname from pg_indexes where schemaname = 'public'`,
        )
      ).map((r) => r.indexname),
    )
    for (const table of tables) {
      for (const c of table.checks)
        expect(constraints.has(c.name), `${table.name}: ${c.name}`).toBe(true)
      for (const f of table.foreignKeys) {
        expect(constraints.has(f.getName()), `${table.name}: ${f.getName()}`).toBe(true)
      }
      for (const i of table.indexes) {
        expect(indexes.has(i.config.name ?? ''), `${table.name}: ${i.config.name}`).toBe(true)
      }
    }
    const [partial] = await rows<{ indexdef: string }>(
      `select indexdef from pg_indexes where indexname = 'offers_active_per_influencer_uq'`,
    )
    expect(partial?.indexdef).toMatch(/^CREATE UNIQUE INDEX .* WHERE /)
  })

  it('accept a valid organization, user, influencer, campaign and offer', async () => {
    await pool.query(
      `insert into organizations (id, name, slug) values ($1, 'Acme Agency', 'acme')`,
      [ids.org],
    )
    await pool.query(
      `insert into users (id, org_id, email, name) values ($1, $2, 'ana@acme.test', 'Ana')`,
      [ids.user, ids.org],
    )
    await pool.query(
      `insert into influencers (id, org_id, name, primary_platform, followers)
       values ($1, $2, 'Bo', 'instagram', 12000000000)`,
      [ids.influencer, ids.org],
    )
    await pool.query(
      `insert into campaigns (id, org_id, owner_id, name, budget) values ($1, $2, $3, 'Launch', 500000)`,
      [ids.campaign, ids.org, ids.user],
    )
    await pool.query(
      `insert into offers (id, org_id, campaign_id, influencer_id, price) values ($1, $2, $3, $4, 25000)`,
      [ids.offer, ids.org, ids.campaign, ids.influencer],
    )
    const [offer] = await rows<{ status: string; currency: string; version: number }>(
      `select status, currency, version from offers where id = $1`,
      [ids.offer],
    )
    expect(offer).toEqual({ status: 'pending', currency: 'USD', version: 1 })
    const [user] = await rows<{ two_fa_enabled: boolean; created_at: Date }>(
      `select two_fa_enabled, created_at from users where id = $1`,
      [ids.user],
    )
    expect(user?.two_fa_enabled).toBe(false)
    expect(user?.created_at).toBeInstanceOf(Date)
  })

  it('refuse an unknown enum value (influencers_platform_check)', async () => {
    await expectRefused(
      {
        text: `insert into influencers (id, org_id, name, primary_platform) values ($1, $2, 'Cy', 'myspace')`,
        params: [randomUUID(), ids.org],
      },
      { code: '23514', constraint: 'influencers_platform_check' },
    )
    await expectRefused(
      {
        text: `update influencers set primary_platform = 'myspace' where id = $1`,
        params: [ids.influencer],
      },
      { code: '23514', constraint: 'influencers_platform_check' },
    )
    const [row] = await rows<{ primary_platform: string }>(
      `select primary_platform from influencers where id = $1`,
      [ids.influencer],
    )
    expect(row?.primary_platform).toBe('instagram')
  })

  it('refuse negative money (offers_price_check)', async () => {
    await expectRefused(
      {
        text: `insert into offers (id, org_id, campaign_id, influencer_id, price, status)
               values ($1, $2, $3, $4, -1, 'rejected')`,
        params: [randomUUID(), ids.org, ids.campaign, ids.influencer],
      },
      { code: '23514', constraint: 'offers_price_check' },
    )
  })

  it('refuse a reference to a missing row (foreign key)', async () => {
    await expectRefused(
      {
        text: `insert into offers (id, org_id, campaign_id, influencer_id, price, status)
               values ($1, $2, $3, $4, 100, 'rejected')`,
        params: [randomUUID(), ids.org, ids.campaign, randomUUID()],
      },
      { code: '23503', constraint: fkName('offers', 'influencer_id') },
    )
    await expectRefused(
      {
        text: `insert into campaigns (id, org_id, name) values ($1, $2, 'Orphan')`,
        params: [randomUUID(), randomUUID()],
      },
      { code: '23503', constraint: fkName('campaigns', 'org_id') },
    )
  })

  it('refuse a duplicate unique value (users_email_uq)', async () => {
    await expectRefused(
      {
        text: `insert into users (id, org_id, email, name) values ($1, $2, 'ana@acme.test', 'Ana 2')`,
        params: [randomUUID(), ids.org],
      },
      { code: '23505', constraint: 'users_email_uq' },
    )
  })

  it('refuse a second active offer for the same campaign and influencer', async () => {
    for (const status of ['pending', 'counter', 'accepted']) {
      await expectRefused(
        {
          text: `insert into offers (id, org_id, campaign_id, influencer_id, price, status)
                 values ($1, $2, $3, $4, 30000, $5)`,
          params: [randomUUID(), ids.org, ids.campaign, ids.influencer, status],
        },
        { code: '23505', constraint: 'offers_active_per_influencer_uq' },
      )
    }
  })

  it('allow inactive or deleted offers beside the active one (the partial index)', async () => {
    await pool.query(
      `insert into offers (id, org_id, campaign_id, influencer_id, price, status)
       values ($1, $2, $3, $4, 20000, 'rejected'), ($5, $2, $3, $4, 21000, 'expired')`,
      [randomUUID(), ids.org, ids.campaign, ids.influencer, randomUUID()],
    )
    await pool.query(
      `insert into offers (id, org_id, campaign_id, influencer_id, price, status, deleted_at)
       values ($1, $2, $3, $4, 22000, 'pending', now())`,
      [randomUUID(), ids.org, ids.campaign, ids.influencer],
    )
    const [row] = await rows<{ n: number }>(
      `select count(*)::int as n from offers where campaign_id = $1 and influencer_id = $2`,
      [ids.campaign, ids.influencer],
    )
    expect(row?.n).toBe(4)
  })
})
