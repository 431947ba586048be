import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCore, type TestCore } from '#main/core/test-core'
import { appendParagraph, contractScene } from '#main/services/document-test-scene'
import { formatMoney } from '#shared/domain/money'
import { chromiumPdfPrinter } from './pdf-printer.ts'

/*
 * PDF export with the printer the test host uses (real Chromium, as Electron's printToPDF
 * in the app), read back with pdftotext as a user's PDF viewer would show it.
 */

const printer = chromiumPdfPrinter()
const exportDir = mkdtempSync(path.join(os.tmpdir(), 'crm-exports-'))
let core: TestCore
let scene: Awaited<ReturnType<typeof contractScene>>
beforeAll(async () => {
  core = startTestCore({
    printPdf: printer.print,
    chooseSavePath: (name) => Promise.resolve(path.join(exportDir, name)),
  })
  scene = await contractScene(core)
}, 60_000)
afterAll(async () => {
  core.dispose()
  await printer.close()
  rmSync(exportDir, { recursive: true, force: true })
})

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })

describe('exporting a document to PDF', () => {
  it('prints the letterhead and the text, saves where chosen and records the path', async () => {
    const doc = await scene.newContract()
    await scene.type(doc.id, appendParagraph('Signed copies go to legal@glowlabs.example.'))
    const { path: saved } = await core.call('documents.exportPdf', { id: doc.id })
    expect(saved).toBe(path.join(exportDir, 'Creator agreement - Ava Stone.pdf'))
    expect(existsSync(saved!)).toBe(true)
    const text = pdfText(saved!)
    expect(text).toContain('Test Agency')
    expect(text).toContain('Ava Stone')
    expect(text).toContain(formatMoney(scene.fee, 'USD'))
    expect(text).toContain('Signed copies go to legal@glowlabs.example.')
    expect(text).toContain('Draft: not final')
    expect((await core.call('documents.get', { id: doc.id })).pdfPath).toBe(saved)
  }, 60_000)

  it('prints a purchase order with its lines, total and provisional number', async () => {
    const po = await core.call('documents.create', {
      kind: 'po',
      templateId: (await core.call('templates.list', { kind: 'po' }))[0]!.id,
      campaignId: scene.campaignId,
      influencerId: scene.influencerId,
    })
    await core.call('financialDocuments.update', {
      id: po.financial!.id,
      patch: {
        lineItems: [
          { description: 'Launch reel', quantity: 2, unitPrice: 150_000 },
          { description: 'Story set', quantity: 3, unitPrice: 25_000 },
        ],
      },
    })
    const { path: saved } = await core.call('documents.exportPdf', { id: po.id })
    const text = pdfText(saved!)
    expect(text).toMatch(/Launch reel\s+2\s+\$1,500\.00\s+\$3,000\.00/)
    expect(text).toMatch(/Total\s+\$3,750\.00/)
    expect(text).toContain(`No. ${po.financial!.documentNumber} (provisional)`)
  }, 60_000)

  it('records nothing when the user cancels the save dialog', async () => {
    const cancelling = startTestCore({
      printPdf: printer.print,
      chooseSavePath: () => Promise.resolve(null),
    })
    try {
      const own = await contractScene(cancelling)
      const doc = await own.newContract()
      expect(await cancelling.call('documents.exportPdf', { id: doc.id })).toEqual({ path: null })
      expect((await cancelling.call('documents.get', { id: doc.id })).pdfPath).toBeNull()
    } finally {
      cancelling.dispose()
    }
  })

  it('opens only a PDF this computer saved, never a path that came with sync', async () => {
    const opened: string[] = []
    const desk = startTestCore({
      printPdf: printer.print,
      chooseSavePath: (name) => Promise.resolve(path.join(exportDir, `desk-${name}`)),
      openFile: (file) => {
        opened.push(file)
        return Promise.resolve('')
      },
    })
    try {
      const own = await contractScene(desk)
      const doc = await own.newContract()
      await expect(desk.call('documents.openPdf', { id: doc.id })).rejects.toMatchObject({
        code: 'not_found',
        message: 'This document has not been exported on this computer yet.',
      })
      // A colleague's device (or a hostile one) sets the synced path to a program.
      const file = new Database(desk.dataFile)
      file.prepare('update documents set pdf_path = ? where id = ?').run('/bin/sh', doc.id)
      file.close()
      await expect(desk.call('documents.openPdf', { id: doc.id })).rejects.toMatchObject({
        code: 'not_found',
      })
      expect(opened).toEqual([])
      const { path: saved } = await desk.call('documents.exportPdf', { id: doc.id })
      await desk.call('documents.openPdf', { id: doc.id })
      expect(opened).toEqual([saved])
    } finally {
      desk.dispose()
    }
  }, 60_000)
})
