import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '../core/test-core.ts'
import { safeFileName } from './attachment-service.ts'

let core: TestCore
beforeEach(() => {
  core = startTestCore()
})
afterEach(() => core.dispose())

const b64 = (text: string) => Buffer.from(text).toString('base64')

it('keeps the file beside the database and logs it with an interaction', async () => {
  const saved = await core.call('attachments.save', {
    fileName: 'Rate card 2027.pdf',
    base64: b64('%PDF-1.7 rates'),
  })
  expect(saved.bytes).toBe(14)
  expect(saved.path).toMatch(/^[0-9a-f-]{36}\/Rate card 2027\.pdf$/)
  const file = path.join(core.dataDir, 'attachments', saved.path)
  expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 rates')

  const ava = await core.call('influencers.create', {
    name: 'Ava',
    primaryPlatform: 'instagram',
    followers: 1,
  })
  await core.call('interactions.log', {
    influencerId: ava.id,
    type: 'email',
    attachmentPath: saved.path,
  })
  const [logged] = await core.call('interactions.timeline', { influencerId: ava.id })
  expect(logged?.attachmentPath).toBe(saved.path)
})

it('two files of the same name do not overwrite each other', async () => {
  const a = await core.call('attachments.save', { fileName: 'notes.txt', base64: b64('one') })
  const b = await core.call('attachments.save', { fileName: 'notes.txt', base64: b64('two') })
  expect(a.path).not.toBe(b.path)
  const root = path.join(core.dataDir, 'attachments')
  expect(readFileSync(path.join(root, a.path), 'utf8')).toBe('one')
  expect(readFileSync(path.join(root, b.path), 'utf8')).toBe('two')
})

it('refuses an empty file, a mangled one and a nameless one, writing nothing', async () => {
  await expect(
    core.call('attachments.save', { fileName: 'empty.txt', base64: '' }),
  ).rejects.toMatchObject({ code: 'invalid_input', message: 'The file is empty.' })
  await expect(
    core.call('attachments.save', { fileName: 'x.txt', base64: 'not base64!' }),
  ).rejects.toMatchObject({ code: 'invalid_input' })
  await expect(
    core.call('attachments.save', { fileName: '  ', base64: b64('x') }),
  ).rejects.toMatchObject({ code: 'invalid_input' })
  const root = path.join(core.dataDir, 'attachments')
  expect(existsSync(root) ? readdirSync(root) : []).toEqual([])
})

describe('safeFileName', () => {
  it('keeps a name inside its folder whatever it says', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('..\\..\\boot.ini')).toBe('boot.ini')
    expect(safeFileName('a:b*c?.txt')).toBe('a_b_c_.txt')
    expect(safeFileName('.hidden')).toBe('hidden')
    expect(safeFileName('..')).toBe('attachment')
    expect(safeFileName('x'.repeat(300) + '.pdf')).toHaveLength(120)
  })
})

it('opens a kept file; refuses one from elsewhere, a missing one, and says where it is without a desktop', async () => {
  const saved = await core.call('attachments.save', { fileName: 'brief.txt', base64: b64('hi') })
  // The browser host has no desktop to open files with: the refusal says where the file is.
  await expect(core.call('attachments.open', { path: saved.path })).rejects.toMatchObject({
    code: 'unavailable',
    message: expect.stringContaining(path.join('attachments', saved.path)) as string,
  })
  await expect(core.call('attachments.open', { path: '../crm.sqlite' })).rejects.toMatchObject({
    code: 'invalid_input',
  })
  await expect(core.call('attachments.open', { path: 'missing/brief.txt' })).rejects.toMatchObject({
    code: 'not_found',
  })
})

it("hands the file to the desktop's opener and reports the opener's refusal in words", async () => {
  const opened: string[] = []
  let refusal = ''
  const desktop = startTestCore({
    openFile: (file) => {
      opened.push(readFileSync(file, 'utf8'))
      return Promise.resolve(refusal)
    },
  })
  try {
    const saved = await desktop.call('attachments.save', {
      fileName: 'brief.txt',
      base64: b64('the brief'),
    })
    const result = await desktop.call('attachments.open', { path: saved.path })
    expect(result.file).toBe(path.join(desktop.dataDir, 'attachments', saved.path))
    expect(opened).toEqual(['the brief'])
    refusal = 'No application knows how to open this file'
    await expect(desktop.call('attachments.open', { path: saved.path })).rejects.toMatchObject({
      code: 'unavailable',
      message: 'The file could not be opened: No application knows how to open this file',
    })
  } finally {
    desktop.dispose()
  }
})

it('an interaction refuses an attachment path that attachments.save did not give', async () => {
  const ava = await core.call('influencers.create', {
    name: 'Ava',
    primaryPlatform: 'instagram',
    followers: 1,
  })
  await expect(
    core.call('interactions.log', {
      influencerId: ava.id,
      type: 'email',
      attachmentPath: '../../crm.sqlite',
    }),
  ).rejects.toMatchObject({ code: 'invalid_input' })
  expect(await core.call('interactions.timeline', { influencerId: ava.id })).toEqual([])
})
