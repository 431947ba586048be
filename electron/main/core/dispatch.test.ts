import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestCore, type TestCore } from './test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

/** Reads the file with a connection of its own, as another process would. */
const countRows = (file: string, table: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

const ava = {
  name: 'Ava Stone',
  email: 'ava@example.com',
  primaryPlatform: 'tiktok',
  followers: 120_000,
  country: 'GB',
} as const

describe('dispatch', () => {
  it('refuses an unknown channel by name', async () => {
    const result = await core.dispatch('influencers.dropAll', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'There is no call named "influencers.dropAll".' },
    })
  })

  it('refuses bad input with the fields that are wrong and writes nothing', async () => {
    const result = await core.dispatch('influencers.create', {
      name: 'Ava Stone',
      primaryPlatform: 'myspace',
      followers: -5,
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['followers', 'primaryPlatform'])
    expect(result.error.message).toContain('Followers cannot be negative')
    expect(countRows(core.dataFile, 'influencers')).toBe(0)
    expect(countRows(core.dataFile, 'outbox')).toBe(0)
  })

  it('refuses input that is not an object at all', async () => {
    const result = await core.dispatch('influencers.create', 'DROP TABLE influencers')
    expect(result.ok).toBe(false)
    expect(countRows(core.dataFile, 'influencers')).toBe(0)
  })

  it('writes a valid create to the file with its outbox entries and announces the tables', async () => {
    const seen: string[][] = []
    core.onChange((e) => seen.push(e.tables))
    const created = await core.call('influencers.create', ava)
    expect(created).toMatchObject({ name: 'Ava Stone', stageId: core.stageIds[0] })
    expect(countRows(core.dataFile, 'influencers')).toBe(1)
    // The influencer and its pipeline card, each with an entry waiting to be pushed.
    expect(countRows(core.dataFile, 'outbox')).toBe(2)
    expect(seen).toEqual([['influencers', 'influencer_relationships', 'sync_status']])
  })
})
