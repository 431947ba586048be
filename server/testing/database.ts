import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { openDatabase } from '../db/open.ts'
import type { Sql } from '../db/sql.ts'

/** Every server suite runs against both databases the service supports. */
export const databaseKinds = ['pglite', 'postgres'] as const
export type DatabaseKind = (typeof databaseKinds)[number]

export interface TestDatabase {
  kind: DatabaseKind
  sql: Sql
  /** The database's URL (postgres only): for a second server instance or a raw client. */
  url?: string
  close(): Promise<void>
}

/**
 * A fresh, migrated database: PGlite in memory, or a new database in the run's PostgreSQL
 * server (testing/global-postgres.ts), so suites never see each other's rows.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const sql = await openDatabase({ kind: 'pglite' })
    return { kind, sql, close: () => sql.close() }
  }
  const serverUrl = inject('postgresUrl')
  const name = `crm_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = serverUrl.replace(/\/[^/]*$/, `/${name}`)
  const sql = await openDatabase({ kind: 'postgres', url })
  return {
    kind,
    sql,
    url,
    async close() {
      await sql.close()
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}
