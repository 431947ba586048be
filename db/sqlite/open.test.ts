import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, expect, it } from 'vitest'
import { openLocalDb } from './open.ts'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-open-'))
  dirs.push(dir)
  return dir
}

/** Opens `file` as an older app would: with only the first `keep` migrations (slice's end). */
function openAsOldApp(dir: string, file: string, keep: number) {
  const oldMigrations = path.join(dir, 'old-migrations')
  cpSync('db/migrations/sqlite', oldMigrations, { recursive: true })
  const journalFile = path.join(oldMigrations, 'meta/_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] }
  writeFileSync(
    journalFile,
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, keep) }),
  )
  return openLocalDb({ file, migrationsFolder: oldMigrations })
}

it('opens with WAL and foreign keys, and a fresh file gets every migration without a backup', () => {
  const file = path.join(tempDir(), 'crm.sqlite')
  const { db, backupFile } = openLocalDb({ file, migrationsFolder: 'db/migrations/sqlite' })
  expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal')
  expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1)
  expect(backupFile).toBeNull()
  db.$client.close()
})

it('copies an existing database aside before a migration changes it, with its data', () => {
  const dir = tempDir()
  const file = path.join(dir, 'crm.sqlite')
  const old = openAsOldApp(dir, file, 2)
  old.db.$client.exec(`
    insert into organizations (id, name, slug) values ('o1', 'Kept', 'kept');
    insert into campaigns (id, org_id, name) values ('c1', 'o1', 'Winter');
    insert into influencers (id, org_id, name) values ('i1', 'o1', 'Ava');
    insert into campaign_influencers (id, org_id, campaign_id, influencer_id) values ('ci1', 'o1', 'c1', 'i1');
    insert into deliverables (id, org_id, campaign_id, type) values ('d1', 'o1', 'c1', 'reel');`)
  old.db.$client.close()

  const { db, backupFile } = openLocalDb({ file, migrationsFolder: 'db/migrations/sqlite' })
  expect(backupFile).not.toBeNull()
  expect(existsSync(backupFile!)).toBe(true)
  const copy = new Database(backupFile!, { readonly: true })
  expect(copy.prepare('select name from organizations').pluck().get()).toBe('Kept')
  copy.close()
  // Migration 0002 rebuilds campaigns; with foreign keys on, that would have cascaded
  // into its influencers and deliverables. Everything is still there, and the new rule holds.
  const live = db.$client
  expect(live.prepare('select count(*) from campaign_influencers').pluck().get()).toBe(1)
  expect(live.prepare('select count(*) from deliverables').pluck().get()).toBe(1)
  expect(live.pragma('foreign_keys', { simple: true })).toBe(1)
  expect(() => live.prepare("update campaigns set budget_max = -1 where id = 'c1'").run()).toThrow(
    'campaigns_budget_max_check',
  )
  live.close()

  // Opening again with nothing pending takes no new copy.
  const again = openLocalDb({ file, migrationsFolder: 'db/migrations/sqlite' })
  expect(again.backupFile).toBeNull()
  again.db.$client.close()
  expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toHaveLength(1)
})

it('opens after an upgrade although synced rows point at rows this device never gets', () => {
  const dir = tempDir()
  const file = path.join(dir, 'crm.sqlite')
  const old = openAsOldApp(dir, file, -1)
  // As a pull writes it: an interaction whose influencer is private to someone else.
  old.db.$client.pragma('foreign_keys = OFF')
  old.db.$client.exec(`
    insert into organizations (id, name, slug) values ('o1', 'Kept', 'kept');
    insert into interactions (id, org_id, influencer_id, type, interaction_date)
      values ('x1', 'o1', 'not-on-this-device', 'email', '2026-01-01T00:00:00.000Z');`)
  old.db.$client.close()

  const { db } = openLocalDb({ file, migrationsFolder: 'db/migrations/sqlite' })
  expect(db.$client.prepare('select count(*) from interactions').pluck().get()).toBe(1)
  db.$client.close()
})
