import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  appendBlocks,
  blocksFromText,
  bodyFromUpdates,
  bodyField,
  bodyText,
  newBodyUpdate,
  replaceBody,
} from './body.ts'
import { bodyHtml } from './body-html.ts'
import { fieldsIn, fillMergeFields } from './merge-fields.ts'

/** One person's offline session: starts from what they had, returns only what they added. */
function offlineEdit(history: Uint8Array[], edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = bodyFromUpdates(history)
  const before = Y.encodeStateVector(doc)
  edit(doc)
  return Y.encodeStateAsUpdate(doc, before)
}

const firstText = (doc: Y.Doc, block: number) =>
  (doc.getXmlFragment(bodyField).get(block) as Y.XmlElement).get(0) as Y.XmlText

describe('a document body', () => {
  it('reads template text as headings, paragraphs and bullets', () => {
    expect(blocksFromText('# Brief\nIntro line\n\n- one\n- two\n## Budget\n$5')).toEqual([
      { type: 'heading', level: 1, text: 'Brief' },
      { type: 'paragraph', text: 'Intro line' },
      { type: 'bullets', items: ['one', 'two'] },
      { type: 'heading', level: 2, text: 'Budget' },
      { type: 'paragraph', text: '$5' },
    ])
    const doc = bodyFromUpdates([newBodyUpdate('# Brief\nIntro **line**\n- one\n- two')])
    expect(bodyText(doc)).toBe('Brief\nIntro line\none\ntwo')
    expect(bodyHtml(doc)).toBe(
      '<h1>Brief</h1>\n<p>Intro <strong>line</strong></p>\n<ul><li><p>one</p></li><li><p>two</p></li></ul>',
    )
  })

  it('merges two offline edit histories to the same text, whichever arrives first', () => {
    const base = newBodyUpdate('# Creator agreement\nThe fee is $4,000.\nUsage: 12 months.')
    // Ana, on a plane, adds to the first sentence; Ben, at a shoot, adds a clause and
    // types into the very same sentence at the very same place.
    const ana = offlineEdit([base], (doc) => firstText(doc, 1).insert(0, 'Agreed: '))
    const ben = offlineEdit([base], (doc) => {
      firstText(doc, 1).insert(0, 'Final: ')
      appendBlocks(doc, [{ type: 'paragraph', text: 'Exclusivity: 30 days.' }])
    })

    const anaFirst = bodyText(bodyFromUpdates([base, ana, ben]))
    const benFirst = bodyText(bodyFromUpdates([base, ben, ana]))
    // Updates may even arrive before the history they build on (sync pages, reordering).
    const shuffled = bodyText(bodyFromUpdates([ben, ana, base]))

    expect(anaFirst).toBe(benFirst)
    expect(shuffled).toBe(anaFirst)
    expect(anaFirst).toContain('Agreed: ')
    expect(anaFirst).toContain('Final: ')
    expect(anaFirst).toContain('The fee is $4,000.')
    expect(anaFirst).toContain('Exclusivity: 30 days.')
    expect(anaFirst.split('\n')).toHaveLength(4)
  })

  it('restores a version as a new edit on top of everything, so the history keeps it all', () => {
    const base = newBodyUpdate('Version one text.')
    const snapshot = Y.encodeStateAsUpdate(bodyFromUpdates([base]))
    const later = offlineEdit([base], (doc) => firstText(doc, 0).insert(0, 'Rewritten. '))
    const restore = offlineEdit([base, later], (doc) =>
      replaceBody(doc, bodyFromUpdates([snapshot])),
    )
    expect(bodyText(bodyFromUpdates([base, later, restore]))).toBe('Version one text.')
    // The rewritten text is still in the history: a replica without the restore shows it.
    expect(bodyText(bodyFromUpdates([base, later]))).toBe('Rewritten. Version one text.')
  })

  it('restores only the blocks that differ, so a colleague’s offline words elsewhere survive', () => {
    const base = newBodyUpdate('# Agreement\nThe fee is $4,000.\nUsage: 12 months.')
    const snapshot = Y.encodeStateAsUpdate(bodyFromUpdates([base]))
    const ana = offlineEdit([base], (doc) => firstText(doc, 2).insert(0, 'Changed: '))
    // Ben, offline, types into the fee paragraph the version does not change.
    const ben = offlineEdit([base], (doc) => firstText(doc, 1).insert(0, 'BEN: '))
    const restore = offlineEdit([base, ana], (doc) => replaceBody(doc, bodyFromUpdates([snapshot])))
    const merged = bodyText(bodyFromUpdates([base, ana, restore, ben]))
    expect(merged).toBe('Agreement\nBEN: The fee is $4,000.\nUsage: 12 months.')
  })

  it('escapes text in HTML and keeps only web and mail links', () => {
    const doc = new Y.Doc()
    const text = new Y.XmlText()
    const p = new Y.XmlElement('paragraph')
    p.insert(0, [text])
    doc.getXmlFragment(bodyField).insert(0, [p])
    text.insert(0, '<script>alert(1)</script>')
    text.insert(text.length, ' site', { link: { href: 'javascript:alert(1)' } })
    text.insert(text.length, ' ok', { link: { href: 'https://example.com/?a=1&b=2' } })
    expect(bodyHtml(doc)).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; site<a href="https://example.com/?a=1&amp;b=2"> ok</a></p>',
    )
  })
})

describe('merge fields', () => {
  it('fills the fields it has values for and leaves the others for the drafter', () => {
    const template = 'Dear {{influencer.first_name}}, fee {{ offer.price }} for {{campaign.name}}.'
    expect(fieldsIn(template)).toEqual(['influencer.first_name', 'offer.price', 'campaign.name'])
    expect(
      fillMergeFields(template, {
        'influencer.first_name': 'Ava',
        'offer.price': '$4,000.00',
        'campaign.name': '  ',
      }),
    ).toBe('Dear Ava, fee $4,000.00 for {{campaign.name}}.')
  })
})
