import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { formatMoney } from '#shared/domain/money'
import { startTestCore, type TestCore } from '../core/test-core.ts'
import { appendParagraph, contractScene } from './document-test-scene.ts'

/*
 * Drafting as a user does it, on a real SQLite file: a contract from the template for a
 * campaign's influencer, typed into, reviewed, approved and versioned (PDF export:
 * tests/host/pdf-export.test.ts, where Chromium is).
 */

let core: TestCore
let scene: Awaited<ReturnType<typeof contractScene>>
beforeAll(async () => {
  core = startTestCore()
  scene = await contractScene(core)
}, 60_000)
afterAll(() => core.dispose())

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const newContract = () => scene.newContract()
const type = (id: string, edit: (doc: Y.Doc) => void) => scene.type(id, edit)
const bodyOf = (id: string) => scene.bodyOf(id)

describe('drafting a contract', () => {
  it('fills the template from the campaign, brand, influencer and offer', async () => {
    const doc = await newContract()
    expect(doc).toMatchObject({
      title: 'Creator agreement: Ava Stone',
      status: 'draft',
      templateName: 'Creator agreement',
      influencerName: 'Ava Stone',
      campaignName: 'Summer Glow',
    })
    const text = await bodyOf(doc.id)
    expect(text).toContain('and Ava Stone (')
    expect(text).toContain(`a fee of ${formatMoney(425_000, 'USD')}`)
    expect(text).toContain('acting for Glow Labs')
    expect(text).toContain('take part in Summer Glow')
    // A field with nothing to fill it (no deliverables yet) is left for the drafter.
    expect(text).toContain('{{offer.deliverables}}')
    expect(doc.preview).toBe(text.slice(0, 240))
    expect((await core.call('templates.get', { id: scene.contractTemplate })).usageCount).toBe(1)
  })

  it('keeps every edit, and search finds the words typed', async () => {
    const doc = await newContract()
    await type(doc.id, appendParagraph('Exclusivity in skincare for thirty days.'))
    const found = await core.call('documents.list', { search: 'exclusivity skincare' })
    expect(found.map((d) => d.id)).toEqual([doc.id])
    const updates = Database(core.dataFile, { readonly: true })
    try {
      const rows = updates
        .prepare('select count(*) as n from document_updates where document_id = ?')
        .get(doc.id) as { n: number }
      // The template's text and the typed paragraph: appended, never overwritten.
      expect(rows.n).toBe(2)
      const queued = updates
        .prepare("select count(*) as n from outbox where table_name = 'document_updates'")
        .get() as { n: number }
      expect(queued.n).toBeGreaterThanOrEqual(2)
    } finally {
      updates.close()
    }
  })

  it('shows the history as stored even after an entry is taken back (a refused push)', async () => {
    const doc = await newContract()
    await type(doc.id, appendParagraph('Words the server refused.'))
    expect(await bodyOf(doc.id)).toContain('Words the server refused.')
    // The outbox takes a refused insert off the replica: its row goes, and SQLite may give
    // its rowid to the next row.
    const file = new Database(core.dataFile)
    file
      .prepare(
        'delete from document_updates where rowid = (select max(rowid) from document_updates)',
      )
      .run()
    file.close()
    await type(doc.id, appendParagraph('Words typed next.'))
    const text = await bodyOf(doc.id)
    expect(text).not.toContain('Words the server refused.')
    expect(text).toContain('Words typed next.')
    const found = await core.call('documents.list', { search: 'typed next' })
    expect(found.map((d) => d.id)).toEqual([doc.id])
  })

  it('refuses an edit that is not a Yjs update and stores nothing', async () => {
    const doc = await newContract()
    const before = (await core.call('documents.body', { id: doc.id })).update
    await expect(
      core.call('documents.edit', {
        id: doc.id,
        update: base64(new TextEncoder().encode('hello!')),
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' })
    expect((await core.call('documents.body', { id: doc.id })).update).toBe(before)
  })

  it('moves through review to approved, then keeps late words as a version instead of changing the approved text', async () => {
    const doc = await newContract()
    expect(doc.nextStatuses).toEqual(['in_review'])
    await expect(core.call('documents.move', { id: doc.id, to: 'signed' })).rejects.toMatchObject({
      code: 'conflict',
    })
    const review = await core.call('documents.move', { id: doc.id, to: 'in_review' })
    expect(review.nextStatuses).toEqual(['draft', 'approved'])
    const approved = await core.call('documents.move', { id: doc.id, to: 'approved' })
    expect(approved.status).toBe('approved')
    // Words still on their way when it was approved join no text: they become a version.
    const before = await bodyOf(doc.id)
    const late = await type(doc.id, appendParagraph('A late change from the train.'))
    expect(late.keptAs).toMatch(/^Typed after it was approved/)
    expect(await bodyOf(doc.id)).toBe(before)
    const [kept] = await core.call('documents.versions', { id: doc.id })
    expect(kept!.name).toBe(late.keptAs)
    const keptText = await core.call('documents.versionText', { versionId: kept!.id })
    expect(keptText.text).toBe(`${before}\nA late change from the train.`)
  })

  it('lets only a holder of document.approve approve', async () => {
    const doc = await newContract()
    await core.call('documents.move', { id: doc.id, to: 'in_review' })
    const file = new Database(core.dataFile)
    file.prepare(`update device_state set permissions = '["document.write"]'`).run()
    try {
      const seen = await core.call('documents.get', { id: doc.id })
      expect(seen.nextStatuses).toEqual(['draft'])
      expect(seen.canApprove).toBe(false)
      await expect(
        core.call('documents.move', { id: doc.id, to: 'approved' }),
      ).rejects.toMatchObject({ code: 'forbidden' })
      await expect(
        core.call('templates.update', { id: scene.contractTemplate, patch: { name: 'Mine' } }),
      ).rejects.toMatchObject({ code: 'forbidden' })
    } finally {
      file.prepare('update device_state set permissions = null').run()
      file.close()
    }
  })

  it('restores a named version as a new edit and keeps what it replaced as a version', async () => {
    const doc = await newContract()
    const original = (await core.call('documents.get', { id: doc.id })).preview
    const v1 = await core.call('documents.saveVersion', { id: doc.id, name: 'Sent to Ava' })
    await type(doc.id, appendParagraph('A clause Ava did not agree to.'))
    expect((await core.call('documents.versionText', { versionId: v1.id })).text).not.toContain(
      'did not agree',
    )
    const restored = await core.call('documents.restoreVersion', { versionId: v1.id })
    expect(restored.preview).toBe(original)
    expect(await bodyOf(doc.id)).not.toContain('did not agree')
    const versions = await core.call('documents.versions', { id: doc.id })
    expect(versions.map((v) => v.name)).toEqual(['Before restoring “Sent to Ava”', 'Sent to Ava'])
    expect(versions[0]!.parentVersionId).toBe(v1.id)
    const kept = await core.call('documents.versionText', { versionId: versions[0]!.id })
    expect(kept.text).toContain('A clause Ava did not agree to.')
  })
})

describe('purchase orders and invoices', () => {
  it('come with a financial document whose number is provisional until the server assigns one', async () => {
    const po = await core.call('documents.create', {
      kind: 'po',
      campaignId: scene.campaignId,
      influencerId: scene.influencerId,
    })
    expect(po.financial).toMatchObject({
      type: 'po',
      numberProvisional: true,
      amount: 425_000,
      currency: 'USD',
    })
    expect(po.financial!.documentNumber).toMatch(/^PROV-PO-/)
    const lines = await core.call('financialDocuments.update', {
      id: po.financial!.id,
      patch: {
        lineItems: [
          { description: 'Reel', quantity: 2, unitPrice: 150_000 },
          { description: 'Stories', quantity: 3, unitPrice: 25_000 },
        ],
      },
    })
    expect(lines.amount).toBe(375_000)
  })
})
