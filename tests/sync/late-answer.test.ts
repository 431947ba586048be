import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSyncFixture } from '#server/testing/fixture'
import { differences, openReplica } from './replica-vs-server.ts'
import { joined, pendingOf, until } from './support.ts'
import { startTestDesktop, type TestDesktop } from './test-desktop.ts'

/*
 * Sync rules 4 and 8, on a script instead of dice: the server's "applied" reaches the app
 * only after a colleague's later change to the same card has been pulled, either because
 * the first answer was lost and the resend is answered as a duplicate, or because the
 * answer was slow on the wire. The app must end showing what the server holds (the
 * colleague's later move), not its own older one, and say it is synced only then.
 */

vi.setConfig({ testTimeout: 90_000 })
const f = useSyncFixture('pglite')
const open: TestDesktop[] = []
const sides: ReturnType<typeof openReplica>[] = []
afterEach(() => {
  for (const side of sides.splice(0)) side.db.$client.close()
  for (const d of open.splice(0)) d.dispose()
})

const desktop = () => {
  const d = startTestDesktop()
  open.push(d)
  return d
}

interface Card {
  stage_id: string
  position: number
}

const cardIn = (d: TestDesktop, id: string) =>
  d.query<Card>('select stage_id, position from influencer_relationships where id = ?', id)[0]

const cardOnServer = async (id: string) =>
  (
    await f.db.sql.query<Card>(
      'select stage_id::text, position from influencer_relationships where id = $1',
      [id],
    )
  )[0]

/** The server's version of the card as the app keeps it under its unsent change, if any. */
const baseIn = (d: TestDesktop, id: string) => {
  const [found] = d.query<{ row: string | null }>(
    `select row from sync_base where table_name = 'influencer_relationships' and row_id = ?`,
    id,
  )
  return found?.row ? (JSON.parse(found.row) as Card) : undefined
}

/** Two colleagues' desktops, both showing one card in the first column of the board. */
async function sharedCard() {
  const a = await joined(desktop(), f.server.url, f.north.member)
  const b = await joined(desktop(), f.server.url, f.north.admin)
  const made = await a.call('influencers.create', {
    name: `Card ${crypto.randomUUID().slice(0, 8)}`,
    primaryPlatform: 'instagram',
    followers: 100,
    addToPipeline: true,
  })
  const [card] = a.query<{ id: string }>(
    'select id from influencer_relationships where influencer_id = ?',
    made.id,
  )
  await until('the card on the server', async () => (await cardOnServer(card!.id)) !== undefined)
  await until('the card on b', () => cardIn(b, card!.id) !== undefined)
  const stages = (await a.call('pipeline.stages', {})).map((s) => s.id)
  return { a, b, cardId: card!.id, stages }
}

/** a's move reached the server; then b moves the card on, later, and the server takes it. */
async function colleagueMovesLater(a: TestDesktop, b: TestDesktop, cardId: string, to: string) {
  await until(
    'b sees a\u2019s move',
    () => cardIn(b, cardId)?.stage_id === cardIn(a, cardId)?.stage_id,
  )
  await b.call('pipeline.move', { relationshipId: cardId, stageId: to })
  await until(
    'b\u2019s move on the server',
    async () => (await cardOnServer(cardId))?.stage_id === to,
  )
  await until('b sent', async () => (await pendingOf(b)) === 0)
}

/** Both desktops settle, and each shows exactly what the server holds. */
async function expectBothEqualTheServer(a: TestDesktop, b: TestDesktop, cardId: string) {
  for (const d of [a, b]) {
    await until('everything sent', async () => (await pendingOf(d)) === 0)
    await d.core.sync.whenSynced()
  }
  const server = await cardOnServer(cardId)
  for (const [who, d] of [
    ['a', a],
    ['b', b],
  ] as const) {
    expect(cardIn(d, cardId), `the card on ${who}`).toEqual(server)
    const side = openReplica(d.core.dataFile)
    sides.push(side)
    const scope = {
      orgId: f.north.orgId,
      userId: who === 'a' ? f.north.member.userId : f.north.admin.userId,
    }
    // Live changes the server makes itself (a colleague's sign-in stamps users.last_login)
    // may still be on their way after whenSynced(): equal means equal once they arrive.
    let diff = await differences(f.db.sql, side.replica, scope)
    await until(`${who} to hold what the server holds`, async () => {
      diff = await differences(f.db.sql, side.replica, scope)
      return diff.length === 0
    }).catch(() => undefined)
    expect(diff, `${who} against the server`).toEqual([])
  }
}

describe('an applied answer read after a later change was pulled', () => {
  it('a lost answer, resent after pulling the colleague\u2019s later move, ends on the later move', async () => {
    const { a, b, cardId, stages } = await sharedCard()
    let release!: () => void
    // The first answer is lost; the resend's (a duplicate, already applied) waits on the wire.
    a.network.pushAnswers.push('lose', new Promise<void>((r) => (release = r)))
    await a.call('pipeline.move', { relationshipId: cardId, stageId: stages[1]! })
    await until(
      'a\u2019s move on the server',
      async () => (await cardOnServer(cardId))?.stage_id === stages[1],
    )
    await colleagueMovesLater(a, b, cardId, stages[2]!)
    // a reconnects, pulls b's move under its unsent one, and only then reads the resend's answer.
    await until('b\u2019s move pulled on a', () => baseIn(a, cardId)?.stage_id === stages[2])
    expect(await pendingOf(a)).toBe(1)
    release()
    await expectBothEqualTheServer(a, b, cardId)
    expect(cardIn(a, cardId)?.stage_id).toBe(stages[2])
  })

  it('a slow answer, read after the colleague\u2019s later move was pulled, ends on the later move', async () => {
    const { a, b, cardId, stages } = await sharedCard()
    let release!: () => void
    a.network.pushAnswers.push(new Promise<void>((r) => (release = r)))
    await a.call('pipeline.move', { relationshipId: cardId, stageId: stages[1]! })
    await until(
      'a\u2019s move on the server',
      async () => (await cardOnServer(cardId))?.stage_id === stages[1],
    )
    await colleagueMovesLater(a, b, cardId, stages[2]!)
    // The live pull brings a's own move and b's later one while a's answer is still on the wire.
    await until('b\u2019s move pulled on a', () => baseIn(a, cardId)?.stage_id === stages[2])
    expect(await pendingOf(a)).toBe(1)
    release()
    await expectBothEqualTheServer(a, b, cardId)
    expect(cardIn(a, cardId)?.stage_id).toBe(stages[2])
  })

  it('an answer read before the pull brings the write shows the move at once and keeps it', async () => {
    const { a, b, cardId, stages } = await sharedCard()
    await a.call('pipeline.move', { relationshipId: cardId, stageId: stages[3]! })
    await until('a sent', async () => (await pendingOf(a)) === 0)
    // The answer was recorded whether or not the pull had brought the move yet: either way
    // the card stays where the user put it, never back in its old column.
    expect(cardIn(a, cardId)?.stage_id).toBe(stages[3])
    await expectBothEqualTheServer(a, b, cardId)
    expect(cardIn(a, cardId)?.stage_id).toBe(stages[3])
  })
})
