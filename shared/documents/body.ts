import * as Y from 'yjs'

/*
 * A document's body is a Yjs document (sync rule 5) laid out exactly as TipTap's
 * Collaboration extension (y-prosemirror) lays out a ProseMirror document: one XmlFragment
 * of block elements named after StarterKit's nodes, whose text carries marks as attributes.
 * Main builds bodies from templates and reads them for search and PDF without an editor;
 * the renderer edits the same structure through TipTap.
 */

/** The fragment TipTap's Collaboration extension binds to when given no `field`. */
export const bodyField = 'default'

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }

/**
 * Template text to blocks: `# `, `## `, `### ` start headings, `- ` starts a bullet, every
 * other non-empty line is a paragraph. `**words**` are bold. Enough for briefs, contracts
 * and invoices without making template authors learn a markup language.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = []
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd()
    if (!line.trim()) continue
    const heading = /^(#{1,3})\s+(.*)$/.exec(line)
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line)
    if (heading) {
      blocks.push({
        type: 'heading',
        level: heading[1]!.length as 1 | 2 | 3,
        text: heading[2]!,
      })
    } else if (bullet) {
      const last = blocks.at(-1)
      if (last?.type === 'bullets') last.items.push(bullet[1]!)
      else blocks.push({ type: 'bullets', items: [bullet[1]!] })
    } else blocks.push({ type: 'paragraph', text: line.trim() })
  }
  return blocks
}

/** Text with `**bold**` runs, as Yjs text with y-prosemirror's mark attributes. */
function richText(text: string): Y.XmlText {
  const node = new Y.XmlText()
  let at = 0
  text.split(/(\*\*[^*]+\*\*)/).forEach((part) => {
    if (!part) return
    const bold = part.length > 4 && part.startsWith('**') && part.endsWith('**')
    const value = bold ? part.slice(2, -2) : part
    node.insert(at, value, bold ? { bold: {} } : {})
    at += value.length
  })
  return node
}

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs = {}) {
  const el = new Y.XmlElement(name)
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value as string)
  el.insert(0, children)
  return el
}

function blockElement(block: Block): Y.XmlElement {
  switch (block.type) {
    case 'heading':
      // y-prosemirror keeps attributes with their ProseMirror types; level is a number.
      return element('heading', [richText(block.text)], { level: block.level })
    case 'paragraph':
      return element('paragraph', [richText(block.text)])
    case 'bullets':
      return element(
        'bulletList',
        block.items.map((item) => element('listItem', [element('paragraph', [richText(item)])])),
      )
  }
}

/** Appends blocks to the end of the body, in one transaction (one update). */
export function appendBlocks(doc: Y.Doc, blocks: readonly Block[]): void {
  const fragment = doc.getXmlFragment(bodyField)
  doc.transact(() => fragment.insert(fragment.length, blocks.map(blockElement)))
}

/** Whether bytes are a Yjs update a body can merge: what a device or the server checks before storing. */
export function isBodyUpdate(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false
  try {
    Y.decodeUpdate(bytes)
    // Decoding checks the structure; applying checks it adds up to a document.
    Y.applyUpdate(new Y.Doc(), bytes)
    return true
  } catch {
    return false
  }
}

/** A whole new body as one Yjs update: the first row of a document's history. */
export function newBodyUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  appendBlocks(doc, blocksFromText(text))
  return Y.encodeStateAsUpdate(doc)
}

/** The body a list of updates adds up to; order does not matter (that is the point). */
export function bodyFromUpdates(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update)
  })
  return doc
}

/**
 * Makes `doc`'s body equal to `source`'s as one new edit: a restored version is added on
 * top of the history, never by rewriting it. Only the blocks that differ are replaced (the
 * longest equal runs at the start and the end are left alone), so words a colleague typed
 * offline into a paragraph the version does not change survive the restore when they merge.
 */
export function replaceBody(doc: Y.Doc, source: Y.Doc): void {
  const target = doc.getXmlFragment(bodyField)
  const now = target.toArray()
  const then = source.getXmlFragment(bodyField).toArray()
  const same = (a: unknown, b: unknown) => String(a) === String(b)
  let start = 0
  while (start < now.length && start < then.length && same(now[start], then[start])) start++
  let end = 0
  while (
    end < now.length - start &&
    end < then.length - start &&
    same(now[now.length - 1 - end], then[then.length - 1 - end])
  )
    end++
  const copies = then
    .slice(start, then.length - end)
    .map((node) => node.clone())
    .filter((node): node is Y.XmlElement | Y.XmlText => !(node instanceof Y.XmlHook))
  doc.transact(() => {
    target.delete(start, now.length - start - end)
    target.insert(start, copies)
  })
}

/** Blocks whose end is a line break in plain text. */
const blockNodes = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'codeBlock',
  'horizontalRule',
])

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook

function deltaText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('')
}

function collectText(node: Node, out: string[]): void {
  if (node instanceof Y.XmlText) {
    out.push(deltaText(node))
    return
  }
  if (node instanceof Y.XmlHook) return
  if (node.nodeName === 'hardBreak') {
    out.push('\n')
    return
  }
  for (const child of node.toArray()) collectText(child, out)
  if (blockNodes.has(node.nodeName) && node.nodeName !== 'listItem') out.push('\n')
}

/** The body as plain text, one line per block: the preview, the search index, the tests. */
export function bodyText(doc: Y.Doc): string {
  const out: string[] = []
  for (const node of doc.getXmlFragment(bodyField).toArray()) collectText(node, out)
  return out
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
