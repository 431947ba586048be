import pg from 'pg'
import { uuidv7 } from 'uuidv7'
import { startTestPostgres, type TestPostgres } from '#db/pg/test-server'
import { maxMutationsPerPush, type Mutation } from '#shared/sync/protocol'
import { openDatabase } from '#server/db/open'
import type { Sql } from '#server/db/sql'
import { shapePageSize } from '#server/sync/routes'
import {
  createAgency,
  readShape,
  signIn,
  startTestServer,
  TestDevice,
  type TestServer,
} from '#server/testing/server'
import { machine, median, time, writeResult } from './machine.ts'

/*
 * The sync service's push and pull throughput, over real HTTP on 127.0.0.1, against PGlite
 * (in memory) and a real PostgreSQL, each next to a raw-cost baseline measured in the same
 * run on the same database: the same rows written or read with plain SQL as the owner, no
 * HTTP, no checks. ratio = our time / baseline time: the service's overhead (>= 1, lower is
 * better). BENCH_SYNC_N and BENCH_SYNC_DATABASES (pglite,postgres) shrink a trial run.
 */

type DatabaseKind = 'pglite' | 'postgres'
type Workload = 'push-insert' | 'push-update' | 'pull-snapshot' | 'pull-catch-up'

interface Measure {
  ms: number
  perSecond: number
  samples: number[]
}

interface Result {
  database: DatabaseKind
  workload: Workload
  n: number
  ours: Measure
  baseline: Measure & { what: string }
  ratio: number
}

/** Rows pushed and pulled per measurement. */
const n = Number(process.env.BENCH_SYNC_N ?? 5000)
/** Updates pushed after the snapshot, then read back as the shape's log part. */
const catchUpN = 1000
/** Timed runs per measurement, after one warm-up run (of at most 1000 rows for pushes). */
const runs = 3
const warmUpN = Math.min(n, 1000)
const batchSize = maxMutationsPerPush
const kinds = (process.env.BENCH_SYNC_DATABASES ?? 'pglite,postgres')
  .split(',')
  .filter(Boolean) as DatabaseKind[]

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

const measure = (count: number, samples: number[]): Measure => {
  const ms = median(samples)
  return {
    ms: round(ms),
    perSecond: Math.round((count / ms) * 1000),
    samples: samples.map((s) => round(s)),
  }
}

const result = (
  database: DatabaseKind,
  workload: Workload,
  count: number,
  ours: number[],
  what: string,
  baseline: number[],
): Result => ({
  database,
  workload,
  n: count,
  ours: measure(count, ours),
  baseline: { what, ...measure(count, baseline) },
  ratio: round(median(ours) / median(baseline), 2),
})

/** One warm-up, then `runs` timed runs; `prepare` (untimed) makes each run's input. */
async function sample<I>(
  prepare: (run: number) => Promise<I> | I,
  work: (input: I) => Promise<void>,
): Promise<number[]> {
  const samples: number[] = []
  for (let run = 0; run <= runs; run++) {
    const input = await prepare(run)
    const ms = await time(() => work(input))
    if (run > 0) samples.push(ms)
  }
  return samples
}

const chunks = <T>(items: readonly T[], size = batchSize): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  )

const countries = ['US', 'GB', 'DE', 'FR', 'BR', 'JP', 'IN', 'ES']

/** The influencer rows of a run, the same for our pushes and the baseline's inserts. */
const influencerRows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: uuidv7(),
    name: `Bench Influencer ${i}`,
    followers: (i * 7919) % 2_000_000,
    country: countries[i % countries.length]!,
    bio: `Creator #${i}: travel, food and everyday life, filmed on a phone and posted daily.`,
  }))
type InfluencerRow = ReturnType<typeof influencerRows>[number]

/** A device of a new agency's member, signed in over HTTP. */
async function memberDevice(sql: Sql, server: TestServer, name: string) {
  const agency = await createAgency(sql, name)
  const device = new TestDevice(server.url, await signIn(server.url, agency.member))
  return { orgId: agency.orgId, device }
}

async function pushAll(device: TestDevice, mutations: Mutation[]) {
  for (const batch of chunks(mutations)) {
    const results = await device.push(...batch)
    const refused = results.find((r) => r.status !== 'applied')
    if (refused) throw new Error(`push refused a mutation: ${JSON.stringify(refused)}`)
  }
}

/** Baseline insert: multi-row parameterized INSERTs of 500 rows, one transaction each. */
async function rawInsert(sql: Sql, orgId: string, rows: InfluencerRow[]) {
  for (const batch of chunks(rows)) {
    const params: unknown[] = []
    const values = batch.map((r) => {
      params.push(r.id, orgId, r.name, r.followers, r.country, r.bio)
      const p = params.length
      return `($${p - 5}::uuid, $${p - 4}::uuid, $${p - 3}, $${p - 2}::bigint, $${p - 1}, $${p})`
    })
    await sql.transaction((tx) =>
      tx.query(
        `insert into influencers (id, org_id, name, followers, country, bio) values ${values.join(', ')}`,
        params,
      ),
    )
  }
}

/** Baseline update: one column of 500 rows per UPDATE ... FROM (VALUES ...), one transaction each. */
async function rawUpdate(sql: Sql, rows: { id: string; followers: number }[]) {
  for (const batch of chunks(rows)) {
    const params: unknown[] = []
    const values = batch.map((r) => {
      params.push(r.id, r.followers)
      return `($${params.length - 1}::uuid, $${params.length}::bigint)`
    })
    await sql.transaction((tx) =>
      tx.query(
        `update influencers i set followers = v.followers, updated_at = now()
         from (values ${values.join(', ')}) as v(id, followers) where i.id = v.id`,
        params,
      ),
    )
  }
}

const expectCount = (what: string, got: number, wanted: number) => {
  if (got !== wanted) throw new Error(`${what}: ${got} rows, expected ${wanted}`)
}

async function benchDatabase(kind: DatabaseKind, log: (line: string) => void): Promise<Result[]> {
  let postgres: TestPostgres | undefined
  let sql: Sql | undefined
  let server: TestServer | undefined
  try {
    if (kind === 'postgres') {
      postgres = await startTestPostgres()
      const admin = new pg.Client({ connectionString: postgres.url })
      await admin.connect()
      await admin.query('create database crm_bench').finally(() => admin.end())
      sql = await openDatabase({ kind, url: postgres.url.replace(/\/[^/]*$/, '/crm_bench') })
    } else {
      sql = await openDatabase({ kind })
    }
    const db = sql
    const srv = (server = await startTestServer(db, { logLevel: 'silent' }))
    const url = srv.url
    const results: Result[] = []
    const done = (r: Result) => {
      results.push(r)
      log(`${kind} ${r.workload}: ${r.ours.perSecond}/s, baseline ${r.baseline.perSecond}/s`)
    }

    // Push: every run writes N new influencers into an agency of its own, ours and the
    // baseline's interleaved so both see the same table size.
    const pushed: { orgId: string; device: TestDevice; rows: InfluencerRow[] }[] = []
    const raw: { orgId: string; rows: InfluencerRow[] }[] = []
    const oursInsert = await sample(
      async (run) => {
        const agency = await memberDevice(db, srv, `Push ${run}`)
        const rows = influencerRows(run === 0 ? warmUpN : n)
        pushed.push({ ...agency, rows })
        const mutations = rows.map(({ id, ...changes }) =>
          agency.device.mutation('influencers', id, 'insert', changes),
        )
        return { device: agency.device, mutations }
      },
      ({ device, mutations }) => pushAll(device, mutations),
    )
    const baseInsert = await sample(
      async (run) => {
        const { orgId } = await createAgency(db, `Raw ${run}`)
        const rows = influencerRows(run === 0 ? warmUpN : n)
        raw.push({ orgId, rows })
        return { orgId, rows }
      },
      ({ orgId, rows }) => rawInsert(db, orgId, rows),
    )
    done(
      result(
        kind,
        'push-insert',
        n,
        oursInsert,
        `multi-row INSERT of ${batchSize} rows per transaction, as the owner (change-log trigger fires)`,
        baseInsert,
      ),
    )

    // Update: one field (followers) of each of the N rows a push run inserted.
    const oursUpdate = await sample(
      (run) => {
        const { device, rows } = pushed[run]!
        const mutations = rows.map((r) =>
          device.mutation('influencers', r.id, 'update', { followers: r.followers + 1 }),
        )
        return { device, mutations }
      },
      ({ device, mutations }) => pushAll(device, mutations),
    )
    const baseUpdate = await sample(
      (run) => raw[run]!.rows.map((r) => ({ id: r.id, followers: r.followers + 1 })),
      (rows) => rawUpdate(db, rows),
    )
    done(
      result(
        kind,
        'push-update',
        n,
        oursUpdate,
        `UPDATE ... FROM (VALUES ...) of one column, ${batchSize} rows per transaction, as the owner`,
        baseUpdate,
      ),
    )

    // Pull: a new device reads the N rows of the first timed push run's agency, from offset -1
    // until up to date.
    const target = pushed[1]!
    const oursSnapshot = await sample(
      () => new TestDevice(url, target.device.token),
      async (device) =>
        expectCount('snapshot', (await readShape(device, 'influencers')).rows.size, n),
    )
    const baseSnapshot = await sample(
      () => undefined,
      async () => {
        const rows = await db.query(
          'select to_jsonb(t) as row from influencers t where org_id = $1 order by id',
          [target.orgId],
        )
        expectCount('snapshot baseline', rows.length, n)
      },
    )
    done(
      result(
        kind,
        'pull-snapshot',
        n,
        oursSnapshot,
        'select to_jsonb(t) from influencers t where org_id = $1 order by id',
        baseSnapshot,
      ),
    )

    // Catch-up: after the snapshot, 1000 updates are pushed (untimed); the device reads the
    // log part from its saved position, and the baseline reads the same change-log entries.
    const reader = new TestDevice(url, target.device.token)
    let position = (await readShape(reader, 'influencers')).position
    const head = async () =>
      Number(
        (
          await db.query<{ seq: string }>(
            'select coalesce(max(commit_seq), 0)::text as seq from sync_txns',
          )
        )[0]!.seq,
      )
    /** Each run's log window (after, through], for the baseline to read the same entries. */
    const windows: { after: number; through: number }[] = []
    const oursCatchUp = await sample(
      async (run) => {
        const after = await head()
        const edits = target.rows.slice(0, catchUpN).map((r) =>
          target.device.mutation('influencers', r.id, 'update', {
            followers: r.followers + 10 + run,
          }),
        )
        await pushAll(target.device, edits)
        windows.push({ after, through: await head() })
      },
      async () => {
        const read = await readShape(reader, 'influencers', position)
        expectCount('catch-up', read.rows.size, catchUpN)
        position = read.position
      },
    )
    const baseCatchUp = await sample(
      (run) => windows[run]!,
      async ({ after, through }) => {
        const rows = await db.query(
          `select c.row from sync_txns t join change_log c on c.xid = t.xid
           where c.table_name = 'influencers' and c.org_id = $1
             and t.commit_seq > $2 and t.commit_seq <= $3
           order by t.commit_seq, c.id`,
          [target.orgId, after, through],
        )
        expectCount('catch-up baseline', rows.length, catchUpN)
      },
    )
    done(
      result(
        kind,
        'pull-catch-up',
        catchUpN,
        oursCatchUp,
        `select c.row from change_log join sync_txns: the same ${catchUpN} entries, in commit order`,
        baseCatchUp,
      ),
    )
    return results
  } finally {
    await server?.close().catch(() => {})
    await sql?.close().catch(() => {})
    await postgres?.stop()
  }
}

const log = (line: string) => console.error(`  ${line}`)
const started = Date.now()
// Before the run: the load of whatever else the machine is doing.
const host = machine()
const results: Result[] = []
for (const kind of kinds) results.push(...(await benchDatabase(kind, log)))

const file = writeResult('sync', {
  name: 'sync',
  date: new Date().toISOString(),
  machine: host,
  results,
  notes: [
    `Push: ${n} influencer inserts (name, followers, country, bio) through POST /v1/push in batches of ${batchSize}, one device, sequential requests over HTTP on 127.0.0.1: authentication, validation, authorization, HLC clocks, RLS-scoped write, audit log, applied-mutation record and change-log trigger per mutation. Each run writes into a new agency.`,
    `push-update: one field (followers) of each of the ${n} rows a push run inserted.`,
    `pull-snapshot: a new device reads the ${n}-row influencers shape from offset -1 until up to date (GET /v1/shape, ${shapePageSize} rows a page, RLS-scoped, Electric JSON encoding); the table holds ${2 * (runs * n + warmUpN)} rows of ${2 * (runs + 1)} agencies.`,
    `pull-catch-up: after the snapshot, ${catchUpN} updates are pushed (untimed, 2 transactions), then the log part is read from the saved position.`,
    `ms is the median of ${runs} runs after one warm-up (pushes: a warm-up of ${warmUpN} rows); samples are the runs; perSecond = n / median; ratio = ours / baseline (>= 1 means overhead, lower is better).`,
    'The devices run in the server process and share its CPU: pull timings include the client parsing the JSON and merging rows, push timings its JSON encoding.',
    'Noise: on a small shared machine runs vary by up to ~20% (see samples and machine.loadAverage); read smaller changes with care.',
    'Where push time goes (profiled with a per-statement timer): each mutation runs 10 SQL statements in sequence (row read, clock read, savepoint, set role, write, reset role, release, clock upsert, audit insert, applied-mutation insert); waiting on them is 85-95% of push time, the HTTP, validation and decision code the rest.',
    'PostgreSQL: a throwaway local cluster (db/pg/test-server.ts: fsync off, synchronous_commit off), fresh database, node-postgres pool of 10. PGlite: in memory, in the server process.',
    `Total run time ${Math.round((Date.now() - started) / 1000)} s.`,
  ],
})

const pad = (s: string | number, w: number) => String(s).padStart(w)
console.log(`\nsync (${file})`)
console.log(
  `${'database'.padEnd(9)} ${'workload'.padEnd(14)} ${pad('n', 5)} ${pad('ours ms', 9)} ${pad('ours/s', 8)} ${pad('base ms', 9)} ${pad('base/s', 8)} ${pad('ratio', 6)}`,
)
for (const r of results) {
  console.log(
    `${r.database.padEnd(9)} ${r.workload.padEnd(14)} ${pad(r.n, 5)} ${pad(r.ours.ms, 9)} ${pad(r.ours.perSecond, 8)} ${pad(r.baseline.ms, 9)} ${pad(r.baseline.perSecond, 8)} ${pad(r.ratio, 6)}`,
  )
}
