import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverOnly } from '#db/pg/schema/server'
import { syncSchemaVersion } from '#shared/sync/protocol'
import { openDatabase } from '../db/open.ts'
import type { Sql } from '../db/sql.ts'
import { syncCatalog } from './catalog.ts'

// The migration that installs change-log triggers and row-level security is written by
// hand; these checks keep it in step with the schema and the sync rules, so a new table
// cannot sync without a trigger, or be readable without a policy.

let sql: Sql
beforeAll(async () => {
  sql = await openDatabase({ kind: 'pglite' })
}, 60_000)
afterAll(() => sql?.close())

describe('the sync catalog and the database', () => {
  it('logs every synced table with the organization and privacy rules the service uses', async () => {
    const triggers = await sql.query<{ table: string; args: string[] }>(
      `select c.relname as table, t.tgargs as args from pg_trigger t join pg_class c on c.oid = t.tgrelid
       where t.tgname like '%\\_log\\_change'`,
    )
    const byTable = new Map(
      triggers.map((t) => [
        t.table,
        Buffer.from(t.args as unknown as Uint8Array)
          .toString('utf8')
          .split('\0')
          .slice(0, 4),
      ]),
    )
    for (const table of syncCatalog.values()) {
      const strip = (serverOnly.columns as Record<string, readonly string[]>)[table.name] ?? []
      expect(byTable.get(table.name), table.name).toEqual([
        table.org,
        table.privacy?.kind ?? 'none',
        table.privacy?.ownerColumn ?? '',
        strip.join(','),
      ])
    }
    expect([...byTable.keys()].sort()).toEqual([...syncCatalog.keys()].sort())
  })

  it('puts row-level security on every synced table and every tenant server table', async () => {
    const secured = await sql.query<{ name: string }>(
      `select relname as name from pg_class where relrowsecurity and relkind = 'r'`,
    )
    const names = secured.map((r) => r.name)
    for (const table of [
      ...syncCatalog.keys(),
      'change_log',
      'applied_mutations',
      'audit_logs',
      'document_counters',
    ]) {
      expect(names, table).toContain(table)
    }
  })

  it('never lets a server-only table or column sync', () => {
    for (const name of serverOnly.tables) expect(syncCatalog.has(name), name).toBe(false)
    expect([...syncCatalog.get('users')!.columns.keys()]).not.toContain('password_hash')
    expect([...syncCatalog.get('users')!.columns.keys()]).not.toContain('two_fa_secret')
  })

  it("states the desktop schema's version: one per SQLite migration", () => {
    const journal = JSON.parse(
      readFileSync(
        new URL('../../db/migrations/sqlite/meta/_journal.json', import.meta.url),
        'utf8',
      ),
    ) as { entries: unknown[] }
    expect(syncSchemaVersion).toBe(journal.entries.length)
  })
})
