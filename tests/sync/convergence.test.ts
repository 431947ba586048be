import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as t from '#db/sqlite/schema/index'
import { ChangeBus } from '#main/core/change-bus'
import { Writer } from '#main/store/writer'
import { DeviceClock } from '#main/sync/clock'
import { Outbox } from '#main/sync/outbox'
import { createUser } from '#server/admin/bootstrap'
import { useSyncFixture } from '#server/testing/fixture'
import { createAgency, type Member } from '#server/testing/server'
import { differences, openReplica } from './replica-vs-server.ts'
import { signInAs, until } from './support.ts'
import { startTestDesktop, type TestDesktop } from './test-desktop.ts'

/*
 * Sync rule 8: random work on four replicas (an admin, two members and a viewer, whose
 * writes the server refuses) against the real sync service, each replica going offline
 * for random stretches, the wire losing, duplicating, replaying and delaying requests, and
 * the app crashing between the server's answer and its own bookkeeping. After everyone
 * reconnects: every replica holds exactly what the server holds, and every change any
 * replica made was either applied by the server or is waiting in that replica's inbox.
 *
 * A failure prints fast-check's seed and path; replay it with
 *   SYNC_PROPERTY_SEED=<seed> SYNC_PROPERTY_PATH=<path> npx vitest run tests/sync/convergence.test.ts
 */

vi.setConfig({ testTimeout: 600_000 })
const f = useSyncFixture('pglite')
const runs = Number(process.env.SYNC_PROPERTY_RUNS ?? 5)

type Step =
  | { kind: 'create'; seat: number; name: string; followers: number }
  | {
      kind: 'edit'
      seat: number
      pick: number
      field: 'name' | 'bio' | 'followers'
      text: string
      n: number
    }
  | { kind: 'move'; seat: number; pick: number; stage: number }
  | { kind: 'delete' | 'restore' | 'log'; seat: number; pick: number }
  | { kind: 'document'; seat: number; pick: number; title: string }
  | { kind: 'offline' | 'online' | 'crash'; seat: number }
  | { kind: 'wait'; ms: number }

const seat = fc.nat(3)
const word = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(...'abcdefghij') })
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      seat,
      name: word,
      followers: fc.nat(1_000_000),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      seat,
      pick: fc.nat(),
      field: fc.constantFrom('name' as const, 'bio' as const, 'followers' as const),
      text: word,
      n: fc.nat(1_000_000),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      seat,
      pick: fc.nat(),
      stage: fc.nat(5),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('delete' as const, 'restore' as const, 'log' as const),
      seat,
      pick: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('document' as const),
      seat,
      pick: fc.nat(),
      title: word,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('offline' as const, 'online' as const, 'crash' as const),
      seat,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      ms: fc.integer({ min: 1, max: 150 }),
    }),
  },
)

/** A small seeded generator, so a run's faults replay with its seed. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296
}

interface Seat {
  who: Member
  desktop: TestDesktop
  /** A second connection: reads for the checks, and document writes (no channel yet). */
  side: ReturnType<typeof openReplica>
}

/** Logs every outbox entry ever made on a replica, to check afterwards that none vanished. */
function watchOutbox(s: Seat): void {
  s.side.db.$client.exec(`
    create table if not exists test_made (mutation_id text primary key);
    create trigger if not exists test_made_log after insert on outbox
      begin insert or ignore into test_made values (new.mutation_id); end;`)
}

const liveIds = (s: Seat, table: string, where = 'deleted_at is null') =>
  s.side.db.$client.prepare(`select id from "${table}" where ${where} order by id`).all() as {
    id: string
  }[]

/** Runs one user action; a refusal the user would see (a CrmError) is a fine outcome. */
async function act(s: Seat, step: Step, stages: string[]): Promise<void> {
  const d = s.desktop
  const pick = (table: string, n: number, where?: string) => {
    const ids = liveIds(s, table, where)
    return ids.length ? ids[n % ids.length]!.id : undefined
  }
  try {
    switch (step.kind) {
      case 'create':
        await d.call('influencers.create', {
          name: step.name,
          primaryPlatform: 'instagram',
          followers: step.followers,
        })
        return
      case 'edit': {
        const id = pick('influencers', step.pick)
        if (!id) return
        const patch =
          step.field === 'followers' ? { followers: step.n } : { [step.field]: step.text }
        await d.call('influencers.update', { id, patch })
        return
      }
      case 'move': {
        const id = pick('influencer_relationships', step.pick)
        if (id)
          await d.call('pipeline.move', {
            relationshipId: id,
            stageId: stages[step.stage % stages.length]!,
          })
        return
      }
      case 'delete': {
        const id = pick('influencers', step.pick)
        if (id) await d.call('influencers.delete', { id })
        return
      }
      case 'restore': {
        const id = pick('influencers', step.pick, 'deleted_at is not null')
        if (id) await d.call('influencers.restore', { id })
        return
      }
      case 'log': {
        const id = pick('influencers', step.pick)
        if (id)
          await d.call('interactions.log', { influencerId: id, type: 'email', subject: 'Hello' })
        return
      }
      case 'document': {
        // Through the app's own write path (WriteTx + outbox), on a connection of its own.
        const writer = new Writer(
          s.side.db,
          new ChangeBus(),
          new Outbox(s.side.replica, new DeviceClock(s.side.db, Date.now)),
        )
        const orgId = (
          s.side.db.$client.prepare('select org_id as o from device_state').get() as { o: string }
        ).o
        const doc = pick('documents', step.pick)
        writer.write((tx) => {
          if (!doc || step.pick % 3 === 0) {
            const id = crypto.randomUUID()
            tx.insert(t.documents, {
              id,
              orgId,
              kind: 'brief',
              title: step.title,
              ownerId: s.who.userId,
            })
            tx.insert(t.documentUpdates, {
              id: crypto.randomUUID(),
              orgId,
              documentId: id,
              update: randomBytes(12),
            })
          } else if (step.pick % 3 === 1) tx.update(t.documents, doc, { title: step.title })
          else
            tx.insert(t.documentUpdates, {
              id: crypto.randomUUID(),
              orgId,
              documentId: doc,
              update: randomBytes(8),
            })
        })
        return
      }
      case 'offline':
        d.network.setOnline(false)
        return
      case 'online':
        d.network.setOnline(true)
        return
      case 'crash':
        s.desktop = d.restart()
        return
      case 'wait':
        return
    }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'not_found' || code === 'invalid_input' || code === 'conflict') return
    throw error
  }
}

describe('convergence under faults (fast-check)', () => {
  let stages: string[] = []
  beforeAll(async () => {
    const [row] = await f.db.sql.query<{ n: number }>('select 1 as n')
    expect(row?.n).toBe(1)
  })
  const open: Seat[] = []
  afterAll(() => {
    for (const s of open.splice(0)) {
      s.side.db.$client.close()
      s.desktop.dispose()
    }
  })

  it('every replica ends equal to the server, and no change is lost', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 15, maxLength: 45 }),
        fc.integer(),
        async (steps, faultSeed) => {
          const agency = await createAgency(f.db.sql, 'Prop')
          const member2 = {
            email: `second-${agency.orgId}@example.test`,
            password: 'correct horse battery staple',
          }
          const { userId } = await createUser(f.db.sql, {
            orgId: agency.orgId,
            email: member2.email,
            name: 'Second',
            password: member2.password,
            role: 'member',
          })
          const people: Member[] = [
            agency.admin,
            agency.member,
            { ...member2, userId },
            agency.viewer,
          ]
          stages = (
            await f.db.sql.query<{ id: string }>(
              'select id::text from pipeline_stages where org_id = $1 order by position',
              [agency.orgId],
            )
          ).map((r) => r.id)
          const random = seeded(faultSeed)
          const seats: Seat[] = []
          for (const who of people) {
            const desktop = startTestDesktop({ random })
            const s: Seat = { who, desktop, side: openReplica(desktop.core.dataFile) }
            watchOutbox(s)
            await signInAs(desktop, f.server.url, who)
            await desktop.core.sync.whenSynced()
            desktop.network.faults = {
              random,
              lostRequest: 0.04,
              lostResponse: 0.04,
              duplicate: 0.04,
              replayLater: 0.04,
              maxDelayMs: 15,
              crash: 0.02,
            }
            desktop.network.onCrash = () => {
              s.desktop = s.desktop.restart()
            }
            seats.push(s)
            open.push(s)
          }

          for (const step of steps) {
            if (step.kind === 'wait') await new Promise((r) => setTimeout(r, step.ms))
            else await act(seats[step.seat]!, step, stages)
          }

          // Everyone reconnects on a quiet wire; a session the faults ended is signed in again.
          for (const s of seats) {
            s.desktop.network.faults = null
            s.desktop.network.onCrash = null
            s.desktop.network.setOnline(true)
          }
          const scope = (s: Seat) => ({ orgId: agency.orgId, userId: s.who.userId })
          await until(
            'convergence',
            async () => {
              let done = true
              for (const s of seats) {
                const status = await s.desktop.call('sync.status', {})
                if (status.state === 'signed-in-again-needed')
                  await signInAs(s.desktop, f.server.url, s.who)
                else if (status.pending > 0 || status.state !== 'synced')
                  await s.desktop.call('sync.now', {})
                if (status.pending > 0 || status.state !== 'synced') done = false
              }
              if (!done) return false
              for (const s of seats)
                if ((await differences(f.db.sql, s.side.replica, scope(s), 1)).length > 0)
                  return false
              return true
            },
            90_000,
          ).catch(async (error: Error) => {
            const report = []
            for (const s of seats)
              report.push({
                who: s.who.email,
                status: s.desktop.core.sync.status(),
                diff: await differences(f.db.sql, s.side.replica, scope(s), 5),
              })
            throw new Error(`${error.message}\n${JSON.stringify(report, null, 1)}`)
          })

          for (const s of seats) {
            expect(await differences(f.db.sql, s.side.replica, scope(s))).toEqual([])
            // Nothing vanished: each change this replica made was applied, or waits in its inbox.
            const made = s.side.db.$client
              .prepare('select mutation_id as id from test_made')
              .all() as { id: string }[]
            const inbox = new Set(
              (
                s.side.db.$client.prepare('select mutation_id as id from sync_conflicts').all() as {
                  id: string
                }[]
              ).map((r) => r.id),
            )
            const applied = new Set(
              (
                await f.db.sql.query<{ id: string }>(
                  `select mutation_id::text as id from applied_mutations where user_id = $1 and outcome->>'status' = 'applied'`,
                  [s.who.userId],
                )
              ).map((r) => r.id),
            )
            const lost = made.filter((m) => !applied.has(m.id) && !inbox.has(m.id))
            expect(lost, `changes of ${s.who.email} neither applied nor in the inbox`).toEqual([])
            for (const id of inbox)
              expect(applied.has(id), `${id} both applied and refused`).toBe(false)
          }
          const [stats] = await f.db.sql.query<{ applied: number; refused: number }>(
            `select count(*) filter (where outcome->>'status' = 'applied')::int as applied,
               count(*) filter (where outcome->>'status' = 'rejected')::int as refused
             from applied_mutations where org_id = $1`,
            [agency.orgId],
          )
          if (process.env.SYNC_PROPERTY_VERBOSE)
            console.log(
              JSON.stringify({
                steps: steps.length,
                ...stats,
                requests: seats.map((s) => s.desktop.network.requests),
              }),
            )
          for (const s of open.splice(0)) {
            s.side.db.$client.close()
            s.desktop.dispose()
          }
        },
      ),
      {
        numRuns: runs,
        ...(process.env.SYNC_PROPERTY_SEED ? { seed: Number(process.env.SYNC_PROPERTY_SEED) } : {}),
        ...(process.env.SYNC_PROPERTY_PATH ? { path: process.env.SYNC_PROPERTY_PATH } : {}),
        endOnFailure: true,
      },
    )
  })
})
