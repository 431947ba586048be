import { Editor } from '@tiptap/core'
import { Collaboration } from '@tiptap/extension-collaboration'
import { StarterKit } from '@tiptap/starter-kit'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bodyFromUpdates, bodyText, newBodyUpdate } from '#shared/documents/body'

/*
 * Main builds bodies from templates and reads them for search and PDFs without an editor
 * (shared/documents/body.ts). These prove that layout is the one TipTap itself reads and
 * writes, with the same extensions the editor screen uses.
 */

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

/** A headless editor bound to `doc`, once y-prosemirror has rendered the Yjs body into it. */
async function editorOn(doc: Y.Doc): Promise<Editor> {
  let rendered!: () => void
  const firstRender = new Promise<void>((resolve) => (rendered = resolve))
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      StarterKit.configure({ undoRedo: false, trailingNode: false }),
      Collaboration.configure({ document: doc, onFirstRender: () => rendered() }),
    ],
  })
  editors.push(editor)
  await firstRender
  return editor
}

describe('the body layout main writes', () => {
  it('is what TipTap shows: headings, bold text and bullets', async () => {
    const doc = bodyFromUpdates([newBodyUpdate('# Title\nHello **bold**\n- a\n- b')])
    const editor = await editorOn(doc)
    expect(editor.getHTML()).toBe(
      '<h1>Title</h1><p>Hello <strong>bold</strong></p><ul><li><p>a</p></li><li><p>b</p></li></ul>',
    )
    expect(editor.getText().split(/\n+/)).toEqual(['Title', 'Hello bold', 'a', 'b'])
  })

  it('is what main reads back after someone types in TipTap', async () => {
    const doc = bodyFromUpdates([newBodyUpdate('# Title\nHello **bold**')])
    const editor = await editorOn(doc)
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    editor.commands.insertContent(' and more')
    editor.commands.insertContent('<p>A new <em>line</em>.</p><ul><li><p>c</p></li></ul>')
    expect(bodyText(doc)).toBe('Title\nHello bold and more\nA new line.\nc')

    // A second editor on a replica that received only the update sees the same text.
    const replica = bodyFromUpdates([Y.encodeStateAsUpdate(doc)])
    const other = await editorOn(replica)
    expect(other.getText()).toBe(editor.getText())
  })
})
