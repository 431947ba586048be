import { afterEach, beforeEach, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

it('logging a call updates last contacted and strength; the timeline is newest first', async () => {
  const ava = await core.call('influencers.create', {
    name: 'Ava',
    primaryPlatform: 'instagram',
    followers: 1,
  })
  await core.call('interactions.log', {
    influencerId: ava.id,
    type: 'email',
    direction: 'outbound',
    subject: 'Intro',
    interactionDate: '2026-11-01T10:00:00.000Z',
  })
  const { interaction, relationship } = await core.call('interactions.log', {
    influencerId: ava.id,
    type: 'call',
    direction: 'inbound',
    subject: 'Rates for the winter campaign',
    content: 'Asked for 3 reels',
    interactionDate: '2026-11-24T15:30:00.000Z',
  })
  expect(interaction).toMatchObject({
    type: 'call',
    subject: 'Rates for the winter campaign',
    userId: core.userIds[0],
  })
  expect(relationship?.lastContactedAt).toBe('2026-11-24T15:30:00.000Z')
  const afterCall = relationship!.relationshipStrength
  expect(afterCall).toBeGreaterThan(10)
  expect(afterCall).toBeLessThanOrEqual(100)

  const timeline = await core.call('interactions.timeline', { influencerId: ava.id })
  expect(timeline.map((i) => i.subject)).toEqual(['Rates for the winter campaign', 'Intro'])

  // Deleting the call takes last contact and strength back to what the email alone gives.
  await core.call('interactions.delete', { id: interaction.id })
  const rel = (await core.call('influencers.get', { id: ava.id })).relationship!
  expect(rel.lastContactedAt).toBe('2026-11-01T10:00:00.000Z')
  expect(rel.relationshipStrength).toBeLessThan(afterCall)
})

it('an older interaction does not move last contact backwards', async () => {
  const ava = await core.call('influencers.create', {
    name: 'Ava',
    primaryPlatform: 'instagram',
    followers: 1,
  })
  await core.call('interactions.log', {
    influencerId: ava.id,
    type: 'meeting',
    interactionDate: '2026-11-20T10:00:00.000Z',
  })
  const { relationship } = await core.call('interactions.log', {
    influencerId: ava.id,
    type: 'note',
    interactionDate: '2026-10-01T10:00:00.000Z',
  })
  expect(relationship?.lastContactedAt).toBe('2026-11-20T10:00:00.000Z')
})

it('interactions and tasks are found by search and due lists', async () => {
  const ava = await core.call('influencers.create', {
    name: 'Ava Stone',
    primaryPlatform: 'instagram',
    followers: 1,
  })
  await core.call('interactions.log', {
    influencerId: ava.id,
    type: 'email',
    subject: 'Unboxing brief',
    content: 'The espresso machine ships Monday',
  })
  const hits = await core.call('search.all', { query: 'espresso' })
  expect(hits).toEqual([
    expect.objectContaining({ kind: 'interaction', influencerId: ava.id, title: 'Unboxing brief' }),
  ])
  expect(hits[0]!.snippet).toContain('[espresso]')
  expect((await core.call('search.all', { query: 'ava' })).map((h) => h.kind)).toEqual([
    'influencer',
  ])

  await core.call('tasks.create', {
    title: 'Send contract',
    influencerId: ava.id,
    dueAt: '2026-11-25T16:00:00.000Z',
  })
  await core.call('tasks.create', { title: 'Chase invoice', dueAt: '2026-11-20T09:00:00.000Z' })
  const later = await core.call('tasks.create', {
    title: 'Plan Q1',
    dueAt: '2026-12-15T09:00:00.000Z',
  })
  expect((await core.call('tasks.list', { due: 'today' })).map((t) => t.title)).toEqual([
    'Chase invoice',
    'Send contract',
  ])
  expect((await core.call('tasks.list', { due: 'overdue' })).map((t) => t.title)).toEqual([
    'Chase invoice',
  ])
  await core.call('tasks.complete', { id: later.id, done: true })
  expect((await core.call('tasks.list', { due: 'upcoming' })).map((t) => t.title)).toEqual([
    'Send contract',
  ])
  expect(
    (await core.call('tasks.list', { due: 'upcoming', includeDone: true })).at(-1)?.doneAt,
  ).toBe('2026-11-25T12:00:00.000Z')
})
