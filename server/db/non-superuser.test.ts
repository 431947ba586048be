import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { uuidv7 } from 'uuidv7'
import { describe, expect, inject, it } from 'vitest'
import { createAgency, readShape, signIn, startTestServer, TestDevice } from '../testing/server.ts'
import { openDatabase } from './open.ts'

// A managed PostgreSQL gives the service an owner that is not a superuser. The migrations
// must still set up the request role (crm_app) so that pushes apply and shapes read. Roles
// are per server, which PGlite does not have: this runs on PostgreSQL alone.

describe('a database owned by a user that is not a superuser', () => {
  it('migrates, applies pushes and serves shapes', async () => {
    const serverUrl = inject('postgresUrl')
    const suffix = randomBytes(5).toString('hex')
    const owner = `crm_owner_${suffix}`
    const database = `crm_managed_${suffix}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`create role ${owner} login createrole nosuperuser`)
    await admin.query(`create database ${database} owner ${owner}`)
    const url = new URL(serverUrl)
    url.username = owner
    url.pathname = `/${database}`
    const sql = await openDatabase({ kind: 'postgres', url: url.toString() })
    const server = await startTestServer(sql)
    try {
      const [me] = await sql.query<{ superuser: boolean }>(
        'select rolsuper as superuser from pg_roles where rolname = current_user',
      )
      expect(me?.superuser).toBe(false)
      const agency = await createAgency(sql)
      const device = new TestDevice(server.url, await signIn(server.url, agency.member))
      const id = uuidv7()
      const [outcome] = await device.push(
        device.mutation('influencers', id, 'insert', { name: 'Managed' }),
      )
      expect(outcome?.status).toBe('applied')
      const { rows } = await readShape(device, 'influencers')
      expect([...rows.keys()]).toEqual([id])
    } finally {
      await server.close()
      await sql.close()
      await admin.query(`drop database if exists ${database} with (force)`)
      await admin.query(`drop owned by ${owner}`).catch(() => {})
      await admin.query(`drop role if exists ${owner}`).catch(() => {})
      await admin.end()
    }
  }, 60_000)
})
