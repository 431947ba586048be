import { afterEach, describe, expect, it } from 'vitest'
import { useSyncFixture } from '#server/testing/fixture'
import { startTestDesktop, type TestDesktop } from './testing/test-desktop.ts'

const f = useSyncFixture('pglite')
const open: TestDesktop[] = []
afterEach(() => {
  for (const d of open.splice(0)) d.dispose()
})

const desktop = () => {
  const d = startTestDesktop()
  open.push(d)
  return d
}

const until = async (what: string, check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('the sync engine', () => {
  it(
    'downloads the workspace on sign-in and sends a local write',
    { timeout: 30_000 },
    async () => {
      const d = desktop()
      const signedIn = await d.call('sync.signIn', {
        serverUrl: f.server.url,
        email: f.north.admin.email,
        password: f.north.admin.password,
      })
      expect(signedIn.account?.orgId).toBe(f.north.orgId)
      await d.core.sync.whenSynced()
      const stages = await d.call('pipeline.stages', {})
      expect(stages.length).toBeGreaterThan(0)
      const made = await d.call('influencers.create', {
        name: 'Ava Stone',
        primaryPlatform: 'instagram',
        followers: 1200,
      })
      await until('the push', async () => (await d.call('sync.status', {})).pending === 0)
      const [row] = await f.db.sql.query<{ name: string }>(
        'select name from influencers where id = $1',
        [made.id],
      )
      expect(row?.name).toBe('Ava Stone')
    },
  )
})
