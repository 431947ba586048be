import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { seedDemoData } from '#db/demo/seed'
import { openLocalDb } from '#db/sqlite/open'
import { sourceMigrationsFolder } from '#main/core/paths'
import { startCore } from '#main/core/start-core'
import { callThrough } from '#main/core/test-core'
import type { Input } from '#shared/contract/index'
import { machine, median, time, writeResult } from './machine.ts'

/*
 * `pipeline.board` on a board of N relationships (5,000 by default, the "smooth with
 * 5,000"): the whole call through the core's dispatch (input check, one query per stage for
 * its cards and one for its count, the unfiltered total, the output check), all cards asked
 * for (cardsPerStage 10,000), unfiltered and with the filters a user sets most. Baseline: the
 * same card rows read with one plain SQL statement through better-sqlite3. ratio = ours /
 * baseline (>= 1, lower is better). Median of 7 runs after a warm-up.
 * BENCH_PIPELINE_N shrinks a trial run (do not commit its result).
 */

const size = Number(process.env.BENCH_PIPELINE_N ?? 5000)
const runs = 7
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

const baselineSql = `
select r.id, i.id, i.name, i.primary_platform,
  (select json_group_array(distinct a.platform) from influencer_accounts a
    where a.influencer_id = i.id and a.deleted_at is null),
  i.followers, i.engagement_rate, r.priority, r.position, r.follow_up_date, r.owner_id,
  u.name, i.avatar_url
from influencer_relationships r
join influencers i on i.id = r.influencer_id
left join users u on u.id = r.owner_id
where r.deleted_at is null and i.deleted_at is null and i.org_id = ?
order by r.stage_id, r.position, r.id`

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'crm-bench-board-'))
  const file = path.join(dataDir, 'crm.sqlite')
  try {
    const { db } = openLocalDb({ file, migrationsFolder: sourceMigrationsFolder })
    seedDemoData(db, { influencers: size, interactions: size, campaigns: 4, seed: 11 })
    db.$client.close()

    const core = startCore({
      dataDir,
      migrationsFolder: sourceMigrationsFolder,
      logError: () => {},
    })
    const call = callThrough(core.dispatch)
    const raw = new Database(file, { readonly: true })
    const orgId = (raw.prepare('select id from organizations limit 1').get() as { id: string }).id
    const statement = raw.prepare(baselineSql).raw()

    const measure = async (input: Input<'pipeline.board'>) => {
      const first = await call('pipeline.board', input)
      const cards = first.columns.reduce((n, c) => n + c.cards.length, 0)
      const ms: number[] = []
      for (let n = 0; n < runs; n++) ms.push(await time(() => call('pipeline.board', input)))
      return { cards, ms: round(median(ms)) }
    }

    statement.all(orgId)
    const baselineRuns: number[] = []
    for (let n = 0; n < runs; n++) baselineRuns.push(await time(() => statement.all(orgId)))
    const baselineMs = round(median(baselineRuns))
    const rows = statement.all(orgId).length

    const all = await measure({ cardsPerStage: 10_000 })
    const filtered = await measure({
      cardsPerStage: 10_000,
      filters: { platforms: ['instagram', 'tiktok'], followersMin: 10_000, followUpDue: true },
    })
    const searched = await measure({ cardsPerStage: 10_000, filters: { search: 'an' } })
    raw.close()
    core.close()

    const result = {
      benchmark: 'pipeline-board',
      machine: machine(),
      relationships: size,
      baseline: {
        what: 'one plain SELECT of every card row (better-sqlite3, raw rows)',
        rows,
        ms: baselineMs,
      },
      workloads: [
        { workload: 'unfiltered', ...all, ratio: round(all.ms / baselineMs, 2) },
        {
          workload: 'platform, followers and due follow-ups',
          ...filtered,
          ratio: round(filtered.ms / baselineMs, 2),
        },
        { workload: 'search "an"', ...searched, ratio: round(searched.ms / baselineMs, 2) },
      ],
      notes:
        'ours goes through dispatch: zod on the input and on every card of the output, six stage queries with a per-card platforms subquery, six counts and the total.',
    }
    console.log(JSON.stringify(result, null, 2))
    if (!process.env.BENCH_PIPELINE_N) writeResult('pipeline-board', result)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
