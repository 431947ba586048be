import * as Y from 'yjs'
import { bodyField } from './body.ts'

/*
 * The body as HTML for the PDF export: the same node and mark names TipTap's StarterKit
 * uses, every character escaped, links only to web and mail addresses. The PDF is made
 * from this string in an offline, script-free page, so nothing here can reach the network.
 */

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const tags: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
  horizontalRule: 'hr',
  hardBreak: 'br',
}
const voidTags = new Set(['hr', 'br'])

/** Marks from the outside in, so nesting is the same whatever order Yjs lists them in. */
const markTags: [string, string][] = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strike', 's'],
  ['code', 'code'],
]

function safeHref(value: unknown): string | null {
  const href = (value as { href?: unknown } | null)?.href
  return typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : null
}

function textHtml(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[])
    .map(({ insert, attributes = {} }) => {
      if (typeof insert !== 'string') return ''
      let html = escapeHtml(insert)
      for (const [mark, tag] of [...markTags].reverse()) {
        if (attributes[mark] !== undefined) html = `<${tag}>${html}</${tag}>`
      }
      const href = safeHref(attributes.link)
      return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html
    })
    .join('')
}

function nodeHtml(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return textHtml(node)
  if (node instanceof Y.XmlHook) return ''
  const inner = node
    .toArray()
    .map((child) => nodeHtml(child as Y.XmlElement | Y.XmlText))
    .join('')
  if (node.nodeName === 'heading') {
    const level = Math.min(6, Math.max(1, Number(node.getAttribute('level')) || 1))
    return `<h${level}>${inner}</h${level}>`
  }
  if (node.nodeName === 'codeBlock') return `<pre><code>${inner}</code></pre>`
  const tag = tags[node.nodeName] ?? 'div'
  return voidTags.has(tag) ? `<${tag}>` : `<${tag}>${inner}</${tag}>`
}

export function bodyHtml(doc: Y.Doc): string {
  return doc
    .getXmlFragment(bodyField)
    .toArray()
    .map((node) => nodeHtml(node as Y.XmlElement | Y.XmlText))
    .join('\n')
}
