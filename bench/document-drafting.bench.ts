import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { startTestCore } from '#main/core/test-core'
import { appendParagraph, contractScene } from '#main/services/document-test-scene'
import { bodyField } from '#shared/documents/body'
import { machine, median, time, writeResult } from './machine.ts'

/*
 * A contract with a long drafting history (2,000 edits by default: a few words each, as the
 * editor flushes them while someone types for an afternoon), through the core's dispatch:
 * **open** (`documents.body`, the whole body as one update), **type** (`documents.edit` of
 * a few words, which also brings the preview and search index up to date) and **search**
 * (`documents.list` by a word of the text). Baseline: the same history's rows read with one
 * plain SELECT (open), one row inserted in a transaction (type), and the same LIKE-free
 * scan of titles and previews (search), with better-sqlite3. ratio = ours / baseline.
 * Median of 7 runs after a warm-up. BENCH_DOCUMENT_EDITS shrinks a trial run (do not
 * commit its result).
 */

const edits = Number(process.env.BENCH_DOCUMENT_EDITS ?? 2000)
const runs = 7
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

async function main() {
  const core = startTestCore()
  try {
    const scene = await contractScene(core)
    const doc = await scene.newContract()
    // The afternoon of typing: each edit adds a few words to the end of the last paragraph.
    const body = new Y.Doc()
    Y.applyUpdate(
      body,
      Buffer.from((await core.call('documents.body', { id: doc.id })).update, 'base64'),
    )
    appendParagraph('Notes:')(body)
    const paragraph = body
      .getXmlFragment(bodyField)
      .get(body.getXmlFragment(bodyField).length - 1) as Y.XmlElement
    const words = paragraph.get(0) as Y.XmlText
    const typeWords = async (n: number) => {
      const before = Y.encodeStateVector(body)
      words.insert(words.length, ` clause ${n} agreed`)
      const update = Buffer.from(Y.encodeStateAsUpdate(body, before)).toString('base64')
      await core.call('documents.edit', { id: doc.id, update })
    }
    const buildStart = performance.now()
    for (let n = 0; n < edits; n++) await typeWords(n)
    const buildMs = performance.now() - buildStart

    const raw = new Database(core.dataFile)
    const readHistory = raw.prepare('select "update" from document_updates where document_id = ?')
    const insertRow = raw.prepare(
      `insert into document_updates (id, org_id, document_id, "update", created_at, updated_at)
       values (?, ?, ?, ?, ?, ?)`,
    )
    const searchRaw = raw.prepare(
      `select id from documents where deleted_at is null and instr(lower(title || ' ' || preview), ?) > 0`,
    )
    const sample = Buffer.from(Y.encodeStateAsUpdate(body, Y.encodeStateVector(body)))
    const orgId = core.orgId
    let extra = 0
    const baseline = {
      open: [] as number[],
      type: [] as number[],
      search: [] as number[],
    }
    const ours = { open: [] as number[], type: [] as number[], search: [] as number[] }
    readHistory.all(doc.id)
    for (let n = 0; n <= runs; n++) {
      const b = {
        open: await time(() => readHistory.all(doc.id)),
        type: await time(() =>
          raw.transaction(() =>
            insertRow.run(crypto.randomUUID(), orgId, doc.id, sample, 'x', 'x'),
          )(),
        ),
        search: await time(() => searchRaw.all(`clause ${edits - 1}`)),
      }
      const o = {
        open: await time(() => core.call('documents.body', { id: doc.id })),
        type: await time(() => typeWords(edits + extra++)),
        search: await time(() =>
          core.call('documents.list', { search: `clause ${edits - 1} agreed` }),
        ),
      }
      if (n === 0) continue // warm-up
      for (const key of ['open', 'type', 'search'] as const) {
        baseline[key].push(b[key])
        ours[key].push(o[key])
      }
    }
    raw.prepare("delete from document_updates where created_at = 'x'").run()
    raw.close()
    const history = (await core.call('documents.body', { id: doc.id })).update.length
    const workloads = (['open', 'type', 'search'] as const).map((workload) => {
      const ms = round(median(ours[workload]), 2)
      const baselineMs = round(median(baseline[workload]), 3)
      return { workload, ms, baselineMs, ratio: round(ms / baselineMs, 1) }
    })
    const result = {
      benchmark: 'document-drafting',
      machine: machine(),
      edits,
      bodyBase64Chars: history,
      buildMs: round(buildMs),
      baseline: {
        open: 'one plain SELECT of the history rows (better-sqlite3)',
        type: 'one plain INSERT of an update row in a transaction',
        search: 'one plain scan of titles and previews with instr()',
      },
      workloads,
      notes:
        'open encodes the merged body main keeps in memory (brought up to date with only the rows added since); type = validate the Yjs update, insert it with its outbox entry and schedule the preview (rewritten at most every 1.5 s); search first brings pending previews up to date (that flush is most of its time here, since every run types first), then goes through dispatch with the campaign, influencer and owner names.',
    }
    console.log(JSON.stringify(result, null, 2))
    if (!process.env.BENCH_DOCUMENT_EDITS) writeResult('document-drafting', result)
  } finally {
    core.dispose()
  }
}

await main()
