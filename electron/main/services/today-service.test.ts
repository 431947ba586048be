import { afterEach, beforeEach, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

// The user's day, as a renderer east of UTC names it: 25 Nov local = 24 Nov 23:00Z to 25 Nov 22:59Z.
const day = { dayStart: '2026-11-24T23:00:00.000Z', dayEnd: '2026-11-25T22:59:59.999Z' }

const influencer = (name: string) =>
  core.call('influencers.create', { name, primaryPlatform: 'instagram', followers: 1 })

async function followUp(name: string, at: string | null) {
  const created = await influencer(name)
  const rel = (await core.call('influencers.get', { id: created.id })).relationship!
  if (at)
    await core.call('pipeline.updateRelationship', { id: rel.id, patch: { followUpDate: at } })
  return created
}

it("lists follow-ups and open tasks due by the end of the caller's day, overdue ones marked", async () => {
  await followUp('Missed Yesterday', '2026-11-24T09:00:00.000Z')
  await followUp('Due Tonight', '2026-11-25T21:00:00.000Z')
  await followUp('Due Tomorrow', '2026-11-25T23:30:00.000Z')
  await followUp('No Date', null)
  const ava = await influencer('Ava')
  await core.call('tasks.create', {
    title: 'Send the brief',
    influencerId: ava.id,
    dueAt: '2026-11-25T15:00:00.000Z',
  })
  const done = await core.call('tasks.create', {
    title: 'Already done',
    dueAt: '2026-11-25T10:00:00.000Z',
  })
  await core.call('tasks.complete', { id: done.id, done: true })
  await core.call('tasks.create', { title: 'Next week', dueAt: '2026-12-02T10:00:00.000Z' })

  const agenda = await core.call('today.agenda', day)
  expect(agenda.followUps.map((f) => [f.name, f.overdue])).toEqual([
    ['Missed Yesterday', true],
    ['Due Tonight', false],
  ])
  expect(agenda.tasks.map((t) => [t.title, t.influencerName, t.overdue])).toEqual([
    ['Send the brief', 'Ava', false],
  ])
})

it('a deleted influencer and a deleted task leave the agenda', async () => {
  const gone = await followUp('Gone', '2026-11-25T10:00:00.000Z')
  const task = await core.call('tasks.create', { title: 'Gone too', dueAt: day.dayStart })
  await core.call('tasks.create', {
    title: 'About the deleted one',
    influencerId: gone.id,
    dueAt: day.dayStart,
  })
  await core.call('influencers.delete', { id: gone.id })
  await core.call('tasks.delete', { id: task.id })
  expect(await core.call('today.agenda', day)).toEqual({ followUps: [], tasks: [] })
})

it('refuses a day that is not a date and time', async () => {
  await expect(
    core.call('today.agenda', { dayStart: 'today', dayEnd: day.dayEnd }),
  ).rejects.toMatchObject({ code: 'invalid_input' })
})

it('lists the active members by name for owner pickers', async () => {
  const members = await core.call('workspace.members', {})
  expect(members.map((m) => m.name)).toEqual(['User 1', 'User 2'])
  expect(members[0]).toEqual({ id: core.userIds[0], name: 'User 1', email: 'user1@test.example' })
})

it('a follow-up written with an offset is due by its real time, not by how it was spelled', async () => {
  // 23:30 on the 24th in New York is 04:30Z on the 25th: inside the caller's day.
  await followUp('Spelled Late', '2026-11-24T23:30:00-05:00')
  const agenda = await core.call('today.agenda', day)
  expect(agenda.followUps.map((f) => [f.name, f.followUpDate, f.overdue])).toEqual([
    ['Spelled Late', '2026-11-25T04:30:00.000Z', false],
  ])
  await expect(
    core.call('today.agenda', { dayStart: day.dayEnd, dayEnd: day.dayStart }),
  ).rejects.toMatchObject({ code: 'invalid_input' })
})

it('a card can be given only to a member of this organization', async () => {
  const ava = await followUp('Ava', null)
  const rel = (await core.call('influencers.get', { id: ava.id })).relationship!
  await expect(
    core.call('pipeline.updateRelationship', {
      id: rel.id,
      patch: { ownerId: '0190f0f0-0000-7000-8000-00000000dead' },
    }),
  ).rejects.toMatchObject({ code: 'not_found' })
  const given = await core.call('pipeline.updateRelationship', {
    id: rel.id,
    patch: { ownerId: core.userIds[1]! },
  })
  expect(given.ownerId).toBe(core.userIds[1])
})
