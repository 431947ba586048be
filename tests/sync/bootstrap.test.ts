import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProgressEvent } from '#shared/contract/index'
import { useSyncFixture } from '#server/testing/fixture'
import { signInAs, until } from './support.ts'
import { startTestDesktop, type TestDesktop } from './test-desktop.ts'

/*
 * A new device's first download, in small pages (five rows per response), so it can be
 * watched and interrupted midway.
 */

vi.setConfig({ testTimeout: 120_000 })
const f = useSyncFixture('pglite', { shapePageSize: 5 })
const open: TestDesktop[] = []
afterEach(() => {
  for (const d of open.splice(0)) d.dispose()
})

const received = (d: TestDesktop) =>
  d.query<{ n: number }>('select coalesce(sum(rows_received), 0) as n from sync_shapes')[0]!.n

async function seedInfluencers(orgId: string, n: number): Promise<void> {
  await f.db.sql.query(
    `insert into influencers (id, org_id, name, primary_platform, followers)
     select gen_random_uuid(), $1, 'Seeded ' || g, 'instagram', g from generate_series(1, $2) g`,
    [orgId, n],
  )
}

describe('bootstrap', () => {
  it('shows its progress and resumes after a crash without downloading anything twice', async () => {
    await seedInfluencers(f.north.orgId, 60)
    const total = (
      await f.db.sql.query<{ n: number }>(
        `select count(*)::int as n from influencers where org_id = $1`,
        [f.north.orgId],
      )
    )[0]!.n
    let d = startTestDesktop()
    open.push(d)
    const progress: ProgressEvent[] = []
    d.core.onProgress((e) => progress.push(e))
    await signInAs(d, f.server.url, f.north.member)
    await until('part of the download', () => received(d) >= 20)
    const before = received(d)
    // Rows are not indexed one by one during the download.
    expect(d.query<{ p: number }>('select search_paused as p from device_state')[0]!.p).toBe(1)
    expect((await d.call('sync.status', {})).state).toBe('bootstrapping')
    expect(progress.at(-1)).toMatchObject({
      task: 'bootstrap',
      label: 'Downloading your workspace',
    })
    expect(progress.at(-1)!.total).toBeGreaterThanOrEqual(total)

    d = d.restart()
    open.splice(0, open.length, d)
    const resumed: ProgressEvent[] = []
    d.core.onProgress((e) => resumed.push(e))
    await d.core.sync.whenSynced()
    expect(received(d)).toBeGreaterThan(before)
    const [influencers] = d.query<{ n: number }>('select count(*) as n from influencers')
    expect(influencers!.n).toBe(total)
    // Every row came exactly once across the two runs: nothing was fetched again.
    const [server] = await f.db.sql.query<{ n: number }>(
      `select (select count(*) from influencers where org_id = $1)
            + (select count(*) from pipeline_stages where org_id = $1) as n`,
      [f.north.orgId],
    )
    const rowsOf = (table: string) =>
      d.query<{ n: number }>(
        'select rows_received as n from sync_shapes where table_name = ?',
        table,
      )[0]!.n
    expect(rowsOf('influencers') + rowsOf('pipeline_stages')).toBe(Number(server!.n))
    // The search index, built once at the end of the download, finds what came down.
    const found = await d.call('influencers.list', { search: 'Seeded 42' })
    expect(found.rows.map((r) => r.name)).toContain('Seeded 42')
    const [paused] = d.query<{ p: number }>('select search_paused as p from device_state')
    expect(paused!.p).toBe(0)
    const last = resumed.at(-1)!
    expect(last.done).toBe(last.total)
    expect((await d.call('sync.status', {})).bootstrap).toBeNull()
  })
})
