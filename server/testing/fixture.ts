import { afterAll, beforeAll } from 'vitest'
import type { ServerConfig } from '../config.ts'
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './database.ts'
import {
  createAgency,
  signIn,
  startTestServer,
  TestDevice,
  type Agency,
  type Member,
  type TestServer,
} from './server.ts'

/** What a sync suite works with: a fresh database, the service on it, two agencies. */
export interface SyncFixture {
  db: TestDatabase
  server: TestServer
  north: Agency
  south: Agency
  /** A device signed in as `who`. */
  device(who: Member): Promise<TestDevice>
  /** The first column of an organization's pipeline board. */
  firstStage(orgId: string): Promise<string>
}

/**
 * Sets the fixture up before the suite's tests and tears it down after them (call it in a
 * describe block); its fields are filled once the suite's beforeAll hooks have run.
 */
export function useSyncFixture(
  kind: DatabaseKind,
  overrides: Partial<ServerConfig> = {},
): SyncFixture {
  const f = {
    device: async (who: Member) => new TestDevice(f.server.url, await signIn(f.server.url, who)),
    firstStage: async (orgId: string) => {
      const [stage] = await f.db.sql.query<{ id: string }>(
        'select id::text from pipeline_stages where org_id = $1 order by position limit 1',
        [orgId],
      )
      return stage!.id
    },
  } as SyncFixture
  beforeAll(async () => {
    f.db = await openTestDatabase(kind)
    f.server = await startTestServer(f.db.sql, overrides)
    f.north = await createAgency(f.db.sql, 'North')
    f.south = await createAgency(f.db.sql, 'South')
  }, 60_000)
  afterAll(async () => {
    await f.server?.close()
    await f.db?.close()
  })
  return f
}
