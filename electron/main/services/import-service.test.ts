import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProgressEvent } from '#shared/contract/index'
import { startTestCore, type TestCore } from '../core/test-core.ts'
import { parseApifyRows } from '../import/apify-rows.ts'
import { parseCsvRows } from '../import/csv-rows.ts'
import { normalizeCandidate } from '../import/normalize.ts'
import { importBatchSize } from './import-service.ts'

let core: TestCore
let read: Database.Database
beforeEach(() => {
  core = startTestCore()
  read = new Database(core.dataFile, { readonly: true })
})
afterEach(() => {
  read.close()
  core.dispose()
})

// Typed stand-ins for vitest's asymmetric matchers, which are `any`.
const anyNumber = expect.any(Number) as number
const containing = (text: string) => expect.stringContaining(text) as string

const all = <T>(query: string, ...params: unknown[]) => read.prepare(query).all(...params) as T[]
const one = <T>(query: string, ...params: unknown[]) => read.prepare(query).get(...params) as T
const countOf = (table: string) => one<{ n: number }>(`select count(*) n from ${table}`).n

const importCsv = (content: string, fileName = 'list.csv') =>
  core.call('imports.influencers', { format: 'csv', fileName, content })
const importApify = (items: unknown, fileName = 'dataset.json') =>
  core.call('imports.influencers', {
    format: 'apify',
    fileName,
    content: typeof items === 'string' ? items : JSON.stringify(items),
  })

interface StoredInfluencer {
  id: string
  name: string
  email: string | null
  followers: number
  engagement_rate: number | null
  country: string | null
  niche_tags: string
  primary_platform: string | null
  source: string
}
const influencer = (name: string) =>
  one<StoredInfluencer | undefined>('select * from influencers where name = ?', name)
const handlesOf = (id: string) =>
  all<{ platform: string; handle: string; followers: number | null }>(
    'select platform, handle, followers from influencer_accounts where influencer_id = ? order by platform',
    id,
  )

describe('imports.influencers from a CSV', () => {
  it('creates good rows, merges duplicates, updates a match by handle and refuses bad rows by number', async () => {
    const cara = await core.call('influencers.create', {
      name: 'Cara Lee',
      primaryPlatform: 'instagram',
      followers: 10_000,
    })
    await core.call('influencers.addAccount', {
      influencerId: cara.id,
      platform: 'instagram',
      handle: 'CaraLee',
      followers: 10_000,
    })
    const csv = [
      'Full Name,E-mail,Instagram,TikTok Handle,Followers,Engagement Rate (%),Country,Niche',
      'Ava Stone,ava@example.com,@avastone,,"120,000",3.5%,GB,Beauty; skincare',
      'Ben Ortiz,BEN@Example.com,,benortiz,45k,2.1,united states,fitness|food',
      'Ava Stone,Ava@Example.COM,,ava.tt,,,,travel',
      ',,,,1000,,,',
      'Cara Lee,cara@example.com,caralee,,"15,000",4,CA,lifestyle',
      'Dan Wu,not-an-email,danwu,,,,,',
      'Eve Hart,eve@example.com,evehart,,-5,,,',
      'Finn Dale,finn@example.com,finn dale,,,,,',
      'Gus Ray,gus@example.com,gusray,,,150%,,',
    ].join('\n')

    const report = await importCsv(csv)

    expect(report).toMatchObject({ status: 'succeeded', totalRows: 9, created: 2, updated: 2 })
    expect(report.refused).toEqual([
      { row: 4, reason: 'The row has neither a name nor a handle; one of them is needed.' },
      {
        row: 6,
        reason: 'Email "not-an-email" does not look like an email address (name@example.com).',
      },
      { row: 7, reason: 'Followers cannot be negative (it is -5).' },
      {
        row: 8,
        reason:
          'The Instagram handle "finn dale" has characters a handle cannot have (spaces or slashes).',
      },
      {
        row: 9,
        reason: 'Engagement rate must be a percent between 0 and 100 (it is 150).',
      },
    ])

    // Three people, not five: Ava's second row merged into her, Cara matched by handle.
    expect(countOf('influencers where deleted_at is null')).toBe(3)
    const ava = influencer('Ava Stone')!
    expect(ava).toMatchObject({
      email: 'ava@example.com',
      followers: 120_000,
      engagement_rate: 3.5,
      country: 'GB',
      primary_platform: 'instagram',
      source: 'import',
    })
    expect(JSON.parse(ava.niche_tags)).toEqual(['beauty', 'skincare', 'travel'])
    expect(handlesOf(ava.id)).toEqual([
      { platform: 'instagram', handle: 'avastone', followers: 120_000 },
      { platform: 'tiktok', handle: 'ava.tt', followers: null },
    ])
    const ben = influencer('Ben Ortiz')!
    expect(ben).toMatchObject({ email: 'ben@example.com', followers: 45_000, country: 'US' })
    expect(handlesOf(ben.id)).toEqual([
      { platform: 'tiktok', handle: 'benortiz', followers: 45_000 },
    ])

    const updatedCara = influencer('Cara Lee')!
    expect(updatedCara).toMatchObject({
      id: cara.id,
      email: 'cara@example.com',
      followers: 15_000,
      country: 'CA',
      source: 'manual',
    })
    // Matched case-insensitively: still one Instagram account, with the new count.
    expect(handlesOf(cara.id)).toEqual([
      { platform: 'instagram', handle: 'CaraLee', followers: 15_000 },
    ])

    // New people land in the first column of the pipeline, after what is already there.
    const cards = all<{ name: string; stage_id: string; position: number }>(
      `select i.name, r.stage_id, r.position from influencer_relationships r
       join influencers i on i.id = r.influencer_id order by r.position`,
    )
    expect(cards).toEqual([
      { name: 'Cara Lee', stage_id: core.stageIds[0], position: anyNumber },
      { name: 'Ava Stone', stage_id: core.stageIds[0], position: cards[0]!.position + 1 },
      { name: 'Ben Ortiz', stage_id: core.stageIds[0], position: cards[0]!.position + 2 },
    ])

    const run = one<Record<string, unknown>>('select * from import_runs where id = ?', report.runId)
    expect(run).toMatchObject({
      source: 'csv',
      file_name: 'list.csv',
      status: 'succeeded',
      total_rows: 9,
      created_count: 2,
      updated_count: 2,
      refused_count: 5,
      user_id: core.userIds[0],
    })
    expect(run.finished_at).toEqual(expect.any(String))
    expect(JSON.parse(run.refusals as string)).toEqual(report.refused)
    // Every write went through the outbox, so it will sync.
    expect(
      one<{ n: number }>("select count(*) n from outbox where table_name = 'influencers'").n,
    ).toBeGreaterThanOrEqual(4)

    // Handles are searchable at once (the FTS triggers saw the writes).
    const found = await core.call('influencers.list', { search: 'benortiz' })
    expect(found.rows.map((r) => r.name)).toEqual(['Ben Ortiz'])
  })

  it('reads first and last name columns, a handle with a platform column and profile links', async () => {
    const report = await importCsv(
      [
        'First Name;Last Name;Handle;Platform;Profile URL;Subscribers',
        'Hana;Sato;hanasato;YouTube;;1.2M',
        'Ivo;Petrov;;;https://www.tiktok.com/@ivo.p;3 400',
      ].join('\r\n'),
    )
    expect(report).toMatchObject({ created: 2, refused: [] })
    const hana = influencer('Hana Sato')!
    expect(hana).toMatchObject({ primary_platform: 'youtube', followers: 1_200_000 })
    expect(handlesOf(hana.id)).toEqual([
      { platform: 'youtube', handle: 'hanasato', followers: 1_200_000 },
    ])
    expect(handlesOf(influencer('Ivo Petrov')!.id)).toEqual([
      { platform: 'tiktok', handle: 'ivo.p', followers: 3_400 },
    ])
  })

  it('refuses a file with no name or handle column, writing nothing', async () => {
    await expect(importCsv('Email,Phone\nava@example.com,123\n')).rejects.toMatchObject({
      code: 'invalid_input',
      message: containing('no column for names or handles'),
    })
    await expect(importCsv('')).rejects.toMatchObject({ code: 'invalid_input' })
    expect(countOf('import_runs')).toBe(0)
    expect(countOf('influencers')).toBe(0)
  })

  it('writes in batches, reporting progress after each, and lists the run', async () => {
    const total = importBatchSize * 2 + 200
    const lines = ['Name,Email,TikTok,Followers']
    for (let n = 1; n <= total; n++)
      lines.push(`Person ${n},p${n}@example.com,person_${n},${n * 10}`)
    const events: ProgressEvent[] = []
    core.onProgress((e) => events.push(e))
    const changes: string[][] = []
    core.onChange((e) => changes.push(e.tables))

    const report = await importCsv(lines.join('\n'), 'big.csv')

    expect(report).toMatchObject({ created: total, updated: 0, refused: [] })
    expect(events).toEqual(
      [0, importBatchSize, importBatchSize * 2, total].map((done) => ({
        task: `import:${report.runId}`,
        label: 'Importing influencers',
        done,
        total,
      })),
    )
    // One transaction (one change event) per batch, plus opening and closing the run.
    expect(changes).toHaveLength(3 + 2)
    expect(countOf('influencers')).toBe(total)
    expect(countOf('influencer_accounts')).toBe(total)

    const again = await importCsv(lines.slice(0, 3).join('\n'), 'again.csv')
    expect(again).toMatchObject({ created: 0, updated: 0, totalRows: 2 })
    const history = await core.call('imports.list', {})
    expect(history.map((h) => [h.fileName, h.created, h.status])).toEqual([
      ['again.csv', 0, 'succeeded'],
      ['big.csv', total, 'succeeded'],
    ])
  })
})

describe('imports.influencers from an Apify export', () => {
  const instagramProfile = {
    id: '1',
    username: 'lena.moves',
    fullName: 'Lena Fischer',
    biography: 'Dance & fitness 🇩🇪',
    externalUrl: 'https://lena.example.com',
    followersCount: 48_200,
    followsCount: 310,
    verified: false,
    businessCategoryName: 'Fitness',
    url: 'https://www.instagram.com/lena.moves',
  }
  const tiktokVideo = (n: number, fans: number) => ({
    id: `v${n}`,
    text: 'New routine',
    webVideoUrl: `https://www.tiktok.com/@marco.eats/video/${n}`,
    authorMeta: {
      name: 'marco.eats',
      nickName: 'Marco Bianchi',
      verified: true,
      signature: 'Street food around Italy',
      fans,
    },
  })
  const youtubeChannel = {
    channelName: 'Priya Codes',
    channelUrl: 'https://www.youtube.com/@priyacodes',
    numberOfSubscribers: 310_000,
    channelDescription: 'Tutorials for beginners',
    isChannelVerified: true,
  }

  it('imports profiles, videos and channels, detecting the platform of each', async () => {
    const report = await importApify([
      instagramProfile,
      tiktokVideo(1, 90_000),
      tiktokVideo(2, 91_000),
      youtubeChannel,
      {
        ownerUsername: 'lena.moves',
        ownerFullName: 'Lena Fischer',
        url: 'https://www.instagram.com/p/abc/',
      },
      { title: 'Something', handle: 'mystery' },
      'not an item',
      { username: 'bad', followersCount: -1, url: 'https://www.instagram.com/bad' },
    ])

    expect(report).toMatchObject({ status: 'succeeded', totalRows: 8, created: 3, updated: 1 })
    expect(report.refused).toEqual([
      {
        row: 6,
        reason: containing('The handle "mystery" has no platform'),
      },
      { row: 7, reason: 'This item is not an object with fields, so it cannot be read.' },
      { row: 8, reason: 'Instagram followers cannot be negative (it is -1).' },
    ])
    const lena = influencer('Lena Fischer')!
    expect(lena).toMatchObject({
      followers: 48_200,
      primary_platform: 'instagram',
      source: 'apify',
    })
    expect(JSON.parse(lena.niche_tags)).toEqual(['fitness'])
    expect(handlesOf(lena.id)).toEqual([
      { platform: 'instagram', handle: 'lena.moves', followers: 48_200 },
    ])
    // Two videos by one author: one influencer, updated to the later follower count.
    const marco = influencer('Marco Bianchi')!
    expect(marco).toMatchObject({ followers: 91_000, primary_platform: 'tiktok' })
    expect(
      one(
        'select handle, url, verified from influencer_accounts where influencer_id = ?',
        marco.id,
      ),
    ).toEqual({ handle: 'marco.eats', url: 'https://www.tiktok.com/@marco.eats', verified: 1 })
    const priya = influencer('Priya Codes')!
    expect(priya).toMatchObject({ followers: 310_000, primary_platform: 'youtube' })
    expect(handlesOf(priya.id)).toEqual([
      { platform: 'youtube', handle: 'priyacodes', followers: 310_000 },
    ])
    expect(countOf('influencers')).toBe(3)
  })

  it('matches an Apify item to a person imported from a CSV by handle', async () => {
    await importCsv('Name,Instagram,Email\nLena Fischer,lena.moves,lena@example.com\n')
    const report = await importApify([instagramProfile])
    expect(report).toMatchObject({ created: 0, updated: 1 })
    expect(influencer('Lena Fischer')).toMatchObject({
      email: 'lena@example.com',
      followers: 48_200,
      source: 'import',
    })
  })

  it('refuses a file that is not a JSON array, writing nothing', async () => {
    const before = countOf('outbox')
    await expect(importApify('Name,Email\nAva,ava@example.com\n')).rejects.toMatchObject({
      code: 'invalid_input',
      message: containing('not valid JSON'),
    })
    await expect(importApify({ items: [instagramProfile] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: containing('JSON array'),
    })
    expect(countOf('import_runs')).toBe(0)
    expect(countOf('influencers')).toBe(0)
    expect(countOf('outbox')).toBe(before)
  })
})

describe('the parsers', () => {
  it('read counts and percents as people write them', () => {
    const followersOf = (value: string) => {
      const result = normalizeCandidate({ name: 'A', followers: value })
      return result.ok ? result.candidate.followers : result.reason
    }
    expect(['12,345', '12 345', '12.345', '1.2k', '1,5M', '2b', '950'].map(followersOf)).toEqual([
      12_345, 12_345, 12_345, 1_200, 1_500_000, 2_000_000_000, 950,
    ])
    expect(followersOf('lots')).toBe('Followers "lots" is not a number.')
    const engagement = normalizeCandidate({ name: 'A', engagementRate: '4,2 %' })
    expect(engagement.ok && engagement.candidate.engagementRate).toBe(4.2)
  })

  it('number CSV rows under the header, blank lines included, and refuse a row with an open quote', () => {
    const rows = parseCsvRows('Name;Instagram\nAva;ava\n\nBen;"ben\nCy;cy\n')
    expect(rows.map((r) => r.row)).toEqual([1, 3])
    expect(rows[0]).toEqual({
      row: 1,
      raw: { name: 'Ava', accounts: [{ platform: 'instagram', handle: 'ava' }] },
    })
    expect(rows[1]).toEqual({
      row: 3,
      error: containing('A quotation mark in this row is not closed'),
    })
  })

  it('turn a TikTok video item into its author', () => {
    const [row] = parseApifyRows(
      JSON.stringify([{ webVideoUrl: 'https://www.tiktok.com/@zoe/video/9', authorMeta: {} }]),
    )
    expect(row && 'raw' in row && row.raw.accounts).toEqual([
      { platform: 'tiktok', handle: 'zoe', url: null, followers: undefined, verified: undefined },
    ])
  })
})
