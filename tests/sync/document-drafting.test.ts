import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { appendBlocks, bodyField, bodyFromUpdates, bodyText } from '#shared/documents/body'
import { useSyncFixture } from '#server/testing/fixture'
import { joined, pendingOf, until } from './support.ts'
import { startTestDesktop, type TestDesktop } from './test-desktop.ts'

/*
 * Sync rule 5 as two colleagues live it: the same contract drafted on two laptops with no
 * network, then both reconnect. Each keeps their words; both laptops and the server end up
 * with the same text, and each can search for the other's words.
 */

vi.setConfig({ testTimeout: 90_000 })
const f = useSyncFixture('pglite')
const open: TestDesktop[] = []
afterEach(() => {
  for (const d of open.splice(0)) d.dispose()
})
const desktop = () => {
  const d = startTestDesktop()
  open.push(d)
  return d
}

async function bodyOf(d: TestDesktop, id: string): Promise<Y.Doc> {
  const { update } = await d.call('documents.body', { id })
  return bodyFromUpdates(update ? [new Uint8Array(Buffer.from(update, 'base64'))] : [])
}

/** What the editor sends: only the change, as one Yjs update. */
async function edit(d: TestDesktop, id: string, change: (doc: Y.Doc) => void) {
  const doc = await bodyOf(d, id)
  const before = Y.encodeStateVector(doc)
  change(doc)
  const update = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64')
  await d.call('documents.edit', { id, update })
}

const paragraph = (doc: Y.Doc, n: number) =>
  (doc.getXmlFragment(bodyField).get(n) as Y.XmlElement).get(0) as Y.XmlText

describe('drafting one document on two offline laptops', () => {
  it('merges both drafts on both laptops and the server, and search finds each one’s words', async () => {
    const ana = await joined(desktop(), f.server.url, f.north.admin)
    const ben = await joined(desktop(), f.server.url, f.north.member)
    // Every new workspace starts with the default templates.
    const [template] = await ana.call('templates.list', { kind: 'contract' })
    expect(template?.name).toBe('Creator agreement')
    const doc = await ana.call('documents.create', {
      kind: 'contract',
      templateId: template!.id,
      title: 'Agreement with Ava',
    })
    await until('Ana’s contract to reach Ben', async () =>
      bodyText(await bodyOf(ben, doc.id).catch(() => new Y.Doc())).includes('Creator agreement'),
    )

    ana.network.setOnline(false)
    ben.network.setOnline(false)
    await edit(ana, doc.id, (body) => {
      paragraph(body, 1).insert(0, 'Amended on the flight to Lisbon. ')
      appendBlocks(body, [{ type: 'paragraph', text: 'Travel is paid by the brand.' }])
    })
    await edit(ben, doc.id, (body) => {
      paragraph(body, 1).insert(0, 'Checked at the shoot. ')
      appendBlocks(body, [{ type: 'paragraph', text: 'Raw footage stays with the creator.' }])
    })
    // Offline, each laptop shows and finds its own words only.
    expect(bodyText(await bodyOf(ana, doc.id))).not.toContain('Checked at the shoot')
    expect((await ben.call('documents.list', { search: 'raw footage' })).map((d) => d.id)).toEqual([
      doc.id,
    ])

    ana.network.setOnline(true)
    ben.network.setOnline(true)
    const words = [
      'Amended on the flight to Lisbon.',
      'Travel is paid by the brand.',
      'Checked at the shoot.',
      'Raw footage stays with the creator.',
    ]
    for (const d of [ana, ben]) {
      await until('both drafts on each laptop', async () => {
        const text = bodyText(await bodyOf(d, doc.id))
        return (await pendingOf(d)) === 0 && words.every((w) => text.includes(w))
      })
    }
    const onAna = bodyText(await bodyOf(ana, doc.id))
    expect(bodyText(await bodyOf(ben, doc.id))).toBe(onAna)

    const rows = await f.db.sql.query<{ update: Buffer }>(
      'select update from document_updates where document_id = $1',
      [doc.id],
    )
    // The template's text and one update per laptop: appended, none overwritten.
    expect(rows).toHaveLength(3)
    expect(bodyText(bodyFromUpdates(rows.map((r) => new Uint8Array(r.update))))).toBe(onAna)

    // Each laptop's search reads the merged text: Ana finds Ben's words and Ben finds Ana's.
    await until('the previews to follow the merge', async () => {
      const a = await ana.call('documents.list', { search: 'raw footage' })
      const b = await ben.call('documents.list', { search: 'lisbon' })
      return a.length === 1 && b.length === 1
    })
  })
})
