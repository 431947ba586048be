import {
  isChangeMessage,
  isControlMessage,
  ShapeStream,
  type Message,
  type Row,
} from '@electric-sql/client'
import { uuidv7 } from 'uuidv7'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds } from '../testing/database.ts'
import { useSyncFixture } from '../testing/fixture.ts'
import type { TestDevice } from '../testing/server.ts'
import { resetChangeLog } from './change-log.ts'

// The real @electric-sql/client reading a shape from the server: the initial snapshot (in
// pages), then a live change, then a must-refetch after the server's log is reset.

/** Collects a stream's messages and lets a test wait until one it expects has arrived. */
function watch(stream: ShapeStream<Row>) {
  const messages: Message<Row>[] = []
  const errors: unknown[] = []
  const waiting = new Set<() => void>()
  stream.subscribe(
    (batch) => {
      messages.push(...batch)
      for (const check of waiting) check()
    },
    (error) => errors.push(error),
  )
  const until = (predicate: (all: Message<Row>[]) => boolean, what: string, timeoutMs = 8000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(check)
        reject(new Error(`timed out waiting for ${what}; errors: ${errors.map(String).join('; ')}`))
      }, timeoutMs)
      const check = () => {
        if (!predicate(messages)) return
        clearTimeout(timer)
        waiting.delete(check)
        resolve()
      }
      waiting.add(check)
      check()
    })
  return { messages, errors, until }
}

const upToDates = (all: Message<Row>[]) =>
  all.filter((m) => isControlMessage(m) && m.headers.control === 'up-to-date').length
const rowsOf = (all: Message<Row>[]) => {
  const rows = new Map<string, Row>()
  for (const m of all) {
    if (isControlMessage(m) && m.headers.control === 'must-refetch') rows.clear()
    if (!isChangeMessage(m)) continue
    const id = m.value.id as string
    if (m.headers.operation === 'delete') rows.delete(id)
    else rows.set(id, { ...rows.get(id), ...m.value })
  }
  return rows
}

describe.each(databaseKinds)('Electric shape stream on %s', (kind) => {
  // Pages of 2 rows, so a 5-row snapshot takes three requests.
  const f = useSyncFixture(kind, { shapePageSize: 2, liveTimeoutMs: 5000 })
  let device: TestDevice
  const abort = new AbortController()

  beforeAll(async () => {
    device = await f.device(f.north.member)
  })
  // Before the fixture closes the server: a held live request would make it wait.
  afterAll(() => abort.abort())

  it('reads the snapshot in pages, then a live change, then refetches after a log reset', async () => {
    const names = ['Ava', 'Ben', 'Cleo', 'Dan', 'Eve']
    const ids = names.map(() => uuidv7())
    await device.push(
      ...names.map((name, i) =>
        device.mutation('influencers', ids[i]!, 'insert', { name, followers: 1000 * (i + 1) }),
      ),
    )

    const stream = new ShapeStream<Row>({
      url: `${f.server.url}/v1/shape`,
      params: { table: 'influencers' },
      headers: device.shapeHeaders,
      signal: abort.signal,
    })
    const seen = watch(stream)
    await seen.until((all) => upToDates(all) >= 1, 'the snapshot')
    const snapshot = rowsOf(seen.messages)
    expect([...snapshot.values()].map((r) => r.name).sort()).toEqual(names)
    // Parsed with the electric-schema header: int8 followers arrive as BigInt.
    expect(snapshot.get(ids[1]!)?.followers).toBe(2000n)
    expect(stream.isUpToDate).toBe(true)

    // A teammate's edit arrives live, as an update of that row only.
    const before = seen.messages.length
    await device.push(device.mutation('influencers', ids[0]!, 'update', { name: 'Ava Stone' }))
    await seen.until((all) => rowsOf(all).get(ids[0]!)?.name === 'Ava Stone', 'the live change')
    const live = seen.messages.slice(before).filter(isChangeMessage)
    expect(live.map((m) => [m.headers.operation, m.value.id])).toEqual([['update', ids[0]]])

    // The operator resets the change log: the client is told to refetch and reads it all again.
    await resetChangeLog(f.db.sql)
    await seen.until(
      (all) => all.some((m) => isControlMessage(m) && m.headers.control === 'must-refetch'),
      'must-refetch',
    )
    const refetchAt = seen.messages.findIndex(
      (m) => isControlMessage(m) && m.headers.control === 'must-refetch',
    )
    await seen.until((all) => upToDates(all.slice(refetchAt)) >= 1, 'the new snapshot')
    const again = rowsOf(seen.messages)
    expect(again.size).toBe(5)
    expect(again.get(ids[0]!)?.name).toBe('Ava Stone')
    expect(seen.errors).toEqual([])
  }, 30_000)
})
