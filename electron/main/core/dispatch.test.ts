import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestCore } from './test-core.ts'

let core: ReturnType<typeof startTestCore>
beforeEach(() => {
  core = startTestCore(30)
})
afterEach(() => core.dispose())

const countRows = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare('select count(*) n from influencers').get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('dispatch', () => {
  it('answers a valid call with rows read from the SQLite file', async () => {
    const result = await core.dispatch('influencers.list', { limit: 10 })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const value = result.value as { rows: { name: string }[]; total: number }
    expect(value.total).toBe(30)
    expect(value.rows).toHaveLength(10)
    expect(countRows(core.dataFile)).toBe(30)
  })

  it('refuses an unknown channel by name', async () => {
    const result = await core.dispatch('influencers.dropAll', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'There is no call named "influencers.dropAll".' },
    })
  })

  it('refuses bad input with the field that is wrong and writes nothing', async () => {
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
    expect(countRows(core.dataFile)).toBe(30)
  })

  it('refuses input that is not an object at all', async () => {
    const result = await core.dispatch('influencers.create', 'DROP TABLE influencers')
    expect(result.ok).toBe(false)
    expect(countRows(core.dataFile)).toBe(30)
  })

  it('writes a valid create to the file and announces the table it touched', async () => {
    const seen: string[][] = []
    core.onChange((e) => seen.push(e.tables))
    const result = await core.dispatch('influencers.create', {
      name: 'Ava Stone',
      email: 'ava@example.com',
      primaryPlatform: 'tiktok',
      followers: 120_000,
      country: 'GB',
    })
    expect(result.ok).toBe(true)
    expect(countRows(core.dataFile)).toBe(31)
    expect(seen).toEqual([['influencers']])
    const found = await core.dispatch('influencers.list', { search: 'ava stone' })
    expect(found.ok && (found.value as { rows: { email: string }[] }).rows[0]?.email).toBe(
      'ava@example.com',
    )
  })

  it('reads the board with every default stage and all relationships placed', async () => {
    const result = await core.dispatch('pipeline.board', {})
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { columns } = result.value as { columns: { name: string; count: number }[] }
    expect(columns.map((c) => c.name)).toEqual([
      'Saved',
      'Contacted',
      'Warm',
      'Negotiating',
      'Partnered',
      'Cold',
    ])
    expect(columns.reduce((n, c) => n + c.count, 0)).toBe(30)
  })
})
