import { afterEach, beforeEach, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

const column = async (n: number) =>
  (await core.call('pipeline.board', {})).columns[n]!.cards.map((c) => c.name)

it('moves cards between columns and within one, exactly where they were dropped', async () => {
  const ids: Record<string, string> = {}
  for (const name of ['Ava', 'Bo', 'Cy', 'Di']) {
    const created = await core.call('influencers.create', {
      name,
      primaryPlatform: 'instagram',
      followers: 1,
    })
    ids[name] = (await core.call('influencers.get', { id: created.id })).relationship!.id
  }
  // New cards go on top of the first column.
  expect(await column(0)).toEqual(['Di', 'Cy', 'Bo', 'Ava'])

  const warm = core.stageIds[2]!
  await core.call('pipeline.move', { relationshipId: ids.Ava!, stageId: warm })
  await core.call('pipeline.move', { relationshipId: ids.Bo!, stageId: warm })
  expect(await column(2)).toEqual(['Ava', 'Bo'])
  // Dropped between Ava and Bo.
  await core.call('pipeline.move', { relationshipId: ids.Cy!, stageId: warm, afterId: ids.Ava! })
  expect(await column(2)).toEqual(['Ava', 'Cy', 'Bo'])
  // Dropped above Ava: top of the column.
  await core.call('pipeline.move', { relationshipId: ids.Di!, stageId: warm, beforeId: ids.Ava! })
  expect(await column(2)).toEqual(['Di', 'Ava', 'Cy', 'Bo'])
  // Reordered within the column.
  await core.call('pipeline.move', { relationshipId: ids.Di!, stageId: warm, afterId: ids.Bo! })
  expect(await column(2)).toEqual(['Ava', 'Cy', 'Bo', 'Di'])
  expect(await column(0)).toEqual([])
})

it('refuses neighbours in the wrong order or another column, leaving the card where it was', async () => {
  const names = ['Ava', 'Bo', 'Cy']
  const rel: string[] = []
  for (const name of names) {
    const created = await core.call('influencers.create', {
      name,
      primaryPlatform: 'instagram',
      followers: 1,
    })
    rel.push((await core.call('influencers.get', { id: created.id })).relationship!.id)
  }
  const [cy, bo, ava] = [rel[2]!, rel[1]!, rel[0]!] // column order is Cy, Bo, Ava
  await expect(
    core.call('pipeline.move', {
      relationshipId: cy,
      stageId: core.stageIds[0]!,
      afterId: ava,
      beforeId: bo,
    }),
  ).rejects.toMatchObject({ code: 'invalid_input' })
  await expect(
    core.call('pipeline.move', { relationshipId: cy, stageId: core.stageIds[1]!, afterId: ava }),
  ).rejects.toMatchObject({
    message: 'A neighbouring card is in another column.',
  })
  expect(await column(0)).toEqual(['Cy', 'Bo', 'Ava'])
})

it('updates priority, tags, follow-up and owner, refusing a priority above 5', async () => {
  const ava = await core.call('influencers.create', {
    name: 'Ava',
    primaryPlatform: 'instagram',
    followers: 1,
  })
  const rel = (await core.call('influencers.get', { id: ava.id })).relationship!
  const updated = await core.call('pipeline.updateRelationship', {
    id: rel.id,
    patch: {
      priority: 5,
      tags: ['vip', 'q4'],
      followUpDate: '2026-12-01T09:00:00.000Z',
      ownerId: core.userIds[0],
    },
  })
  expect(updated).toMatchObject({
    priority: 5,
    tags: ['vip', 'q4'],
    followUpDate: '2026-12-01T09:00:00.000Z',
    ownerId: core.userIds[0],
  })
  await expect(
    core.call('pipeline.updateRelationship', { id: rel.id, patch: { priority: 6 } }),
  ).rejects.toMatchObject({
    code: 'invalid_input',
    fields: { 'patch.priority': 'Priority is 0 to 5' },
  })
  const board = await core.call('pipeline.board', { filters: { followUpDue: true } })
  expect(board.columns[0]!.count).toBe(0)
})

it('offers the niches, relationship tags and countries present, each once, for the filter pickers', async () => {
  const make = async (
    name: string,
    nicheTags: string[],
    country: string | null,
    tags: string[],
  ) => {
    const created = await core.call('influencers.create', {
      name,
      primaryPlatform: 'tiktok',
      followers: 10,
      nicheTags,
      country,
    })
    const rel = (await core.call('influencers.get', { id: created.id })).relationship!
    if (tags.length) await core.call('pipeline.updateRelationship', { id: rel.id, patch: { tags } })
    return created.id
  }
  await make('Ava', ['travel', 'Food'], 'US', ['vip'])
  await make('Bo', ['travel'], 'GB', ['q4', 'vip'])
  const gone = await make('Cy', ['gaming'], 'DE', ['lapsed'])
  await core.call('influencers.delete', { id: gone })

  expect(await core.call('pipeline.facets', {})).toEqual({
    niches: ['Food', 'travel'],
    tags: ['q4', 'vip'],
    countries: ['GB', 'US'],
  })
})

it('counts everyone in the pipeline beside the filtered columns', async () => {
  for (const [name, followers] of [
    ['Ava', 500],
    ['Bo', 50_000],
    ['Cy', 2_000_000],
  ] as const) {
    await core.call('influencers.create', { name, primaryPlatform: 'youtube', followers })
  }
  const board = await core.call('pipeline.board', { filters: { followersMin: 10_000 } })
  expect(board.total).toBe(3)
  expect(board.columns[0]!.count).toBe(2)
  expect(board.columns[0]!.cards.map((c) => c.name)).toEqual(['Cy', 'Bo'])
})
