import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { seedDemoData } from '#db/demo/seed'
import { newId } from '#db/sqlite/ids'
import { openLocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import type { Channel, Input, Output } from '#shared/contract/index'
import { sourceMigrationsFolder } from '../core/paths.ts'
import { startCore, type Core } from '../core/start-core.ts'
import { callThrough, testNow } from '../core/test-core.ts'

/** Rows of a second agency in the same file: none of them may ever show up. */
export interface Rival {
  influencerId: string
  campaignId: string
  documentId: string
  interactionId: string
}

export interface DemoCore extends Core {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>
  rival: Rival
  /** A second connection to the file, for what no channel does (tombstoning a document). */
  sql: Database.Database
  dispose(): void
}

/**
 * A core on a real SQLite file holding the demo agency (a small one, fixed seed and clock)
 * and, beside it, a rival agency with an influencer, a campaign and a document of its own.
 */
export function startDemoCore(): DemoCore {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'crm-demo-core-'))
  const file = path.join(dataDir, 'crm.sqlite')
  const { db } = openLocalDb({ file, migrationsFolder: sourceMigrationsFolder })
  seedDemoData(db, {
    influencers: 40,
    interactions: 160,
    campaigns: 4,
    seed: 7,
    now: new Date(testNow),
  })

  // Created after the demo agency, so the core keeps treating the demo as its organization.
  const orgId = newId()
  const rival: Rival = {
    influencerId: newId(),
    campaignId: newId(),
    documentId: newId(),
    interactionId: newId(),
  }
  db.insert(t.organizations).values({ id: orgId, name: 'Rival Agency', slug: 'rival' }).run()
  db.insert(t.influencers)
    .values({ id: rival.influencerId, orgId, name: 'Rival Creator', followers: 10 })
    .run()
  db.insert(t.campaigns).values({ id: rival.campaignId, orgId, name: 'Rival Launch' }).run()
  db.insert(t.documents)
    .values({
      id: rival.documentId,
      orgId,
      kind: 'contract',
      title: 'Rival agreement',
      campaignId: rival.campaignId,
      influencerId: rival.influencerId,
    })
    .run()
  db.insert(t.interactions)
    .values({
      id: rival.interactionId,
      orgId,
      influencerId: rival.influencerId,
      type: 'call',
      interactionDate: testNow,
      deletedAt: testNow,
    })
    .run()
  db.$client.close()

  const core = startCore({
    dataDir,
    migrationsFolder: sourceMigrationsFolder,
    logError: () => {},
    now: () => new Date(testNow),
  })
  const sql = new Database(file)
  return {
    ...core,
    call: callThrough(core.dispatch),
    rival,
    sql,
    dispose: () => {
      sql.close()
      core.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
