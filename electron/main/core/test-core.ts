import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { newId } from '#db/sqlite/ids'
import { openLocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import type { Channel, Input, Output } from '#shared/contract/index'
import type { Dispatch } from './dispatch.ts'
import { sourceMigrationsFolder } from './paths.ts'
import { startCore, type Core, type CoreOptions } from './start-core.ts'

export const testNow = '2026-11-25T12:00:00.000Z'

export const stageNames = [
  'Saved',
  'Contacted',
  'Warm',
  'Negotiating',
  'Partnered',
  'Cold',
] as const

/** Calls a channel like the renderer does: the value, or the refusal thrown with its code. */
export const callThrough =
  (dispatch: Dispatch) =>
  async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error)
    return result.value as Output<C>
  }

export interface TestCore extends Core {
  dataDir: string
  orgId: string
  userIds: string[]
  stageIds: string[]
  /** Calls a channel like the renderer does and returns the value, or throws the refusal. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>
  dispose(): void
}

/**
 * A core on a real SQLite file in a fresh temp folder, holding one agency with two users
 * and the six default stages, and nothing else: each test makes the rows it talks about.
 */
export function startTestCore(
  options: Pick<CoreOptions, 'now' | 'openFile' | 'printPdf' | 'chooseSavePath'> = {},
): TestCore {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'crm-core-'))
  const orgId = newId()
  const userIds = [newId(), newId()]
  const stageIds = stageNames.map(() => newId())
  const { db } = openLocalDb({
    file: path.join(dataDir, 'crm.sqlite'),
    migrationsFolder: sourceMigrationsFolder,
  })
  db.insert(t.organizations).values({ id: orgId, name: 'Test Agency', slug: 'test-agency' }).run()
  db.insert(t.users)
    .values(
      userIds.map((id, n) => ({
        id,
        orgId,
        name: `User ${n + 1}`,
        email: `user${n + 1}@test.example`,
      })),
    )
    .run()
  db.insert(t.pipelineStages)
    .values(
      stageNames.map((name, n) => ({
        id: stageIds[n]!,
        orgId,
        name,
        position: n,
        kind: name === 'Partnered' ? 'won' : name === 'Cold' ? 'lost' : 'open',
      })),
    )
    .run()
  db.$client.close()

  const core = startCore({
    dataDir,
    migrationsFolder: sourceMigrationsFolder,
    logError: () => {},
    // A fixed clock: follow-ups, due tasks and strength decay read the same every run.
    now: options.now ?? (() => new Date(testNow)),
    ...(options.openFile ? { openFile: options.openFile } : {}),
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
    ...(options.chooseSavePath ? { chooseSavePath: options.chooseSavePath } : {}),
  })
  return {
    ...core,
    dataDir,
    orgId,
    userIds,
    stageIds,
    call: callThrough(core.dispatch),
    dispose: () => {
      core.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
