import type { LineItem } from '../contract/deals.ts'
import { formatMoney } from '../domain/money.ts'
import { escapeHtml } from './body-html.ts'

export interface Letterhead {
  name: string
  /** Address, email, phone and website lines; blanks are left out. */
  lines: (string | null | undefined)[]
}

export interface PrintableDocument {
  title: string
  kindLabel: string
  status: string
  /** The date printed under the title, already formatted. */
  dateLabel: string
  bodyHtml: string
  financial?: {
    number: string
    provisional: boolean
    currency: string
    lineItems: LineItem[]
    amount: number
    dueLabel: string | null
  } | null
}

/**
 * The page a PDF is printed from: the organization's letterhead, the document, and for a
 * PO or invoice its lines and total. Self-contained (no script, no remote font or image),
 * so printing works offline and the page can reach nothing.
 */
export function printHtml(letterhead: Letterhead, doc: PrintableDocument): string {
  const e = escapeHtml
  const contact = letterhead.lines.filter((line): line is string => !!line?.trim())
  const initial = letterhead.name.trim().charAt(0).toUpperCase() || '•'
  const financial = doc.financial
  const money = (minor: number) => e(formatMoney(minor, financial?.currency ?? 'USD'))
  const lines = financial
    ? `<table class="lines">
  <thead><tr><th>Description</th><th class="n">Qty</th><th class="n">Unit price</th><th class="n">Amount</th></tr></thead>
  <tbody>${financial.lineItems
    .map(
      (line) =>
        `<tr><td>${e(line.description)}</td><td class="n">${e(String(line.quantity))}</td><td class="n">${money(line.unitPrice)}</td><td class="n">${money(Math.round(line.quantity * line.unitPrice))}</td></tr>`,
    )
    .join('')}</tbody>
  <tfoot><tr><td colspan="3">Total</td><td class="n">${money(financial.amount)}</td></tr></tfoot>
</table>
<p class="meta">Number ${e(financial.number)}${financial.provisional ? ' (provisional: the final number is assigned when this device syncs)' : ''}${financial.dueLabel ? ` · Due ${e(financial.dueLabel)}` : ''}</p>`
    : ''
  const draft = doc.status === 'draft' || doc.status === 'in_review'
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(doc.title)}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; color: #1a1b1e; font-size: 11pt; line-height: 1.45; }
  header { display: flex; align-items: center; gap: 12px; border-bottom: 2px solid #228be6; padding-bottom: 10px; margin-bottom: 18px; }
  .mark { width: 40px; height: 40px; border-radius: 8px; background: #228be6; color: #fff; font-size: 22px; font-weight: 700; display: flex; align-items: center; justify-content: center; }
  .org { font-size: 15pt; font-weight: 700; }
  .contact { color: #555; font-size: 9pt; }
  .kind { text-transform: uppercase; letter-spacing: .08em; color: #228be6; font-size: 9pt; margin: 0; }
  .title { margin: 2px 0 0; font-size: 12pt; font-weight: 700; }
  .number { font-size: 12pt; font-weight: 700; }
  .meta { color: #555; font-size: 9pt; }
  .draft { color: #c92a2a; font-weight: 700; }
  table.lines { width: 100%; border-collapse: collapse; margin-top: 18px; }
  table.lines th, table.lines td { border-bottom: 1px solid #dee2e6; padding: 6px 4px; text-align: left; }
  table.lines .n { text-align: right; }
  table.lines tfoot td { font-weight: 700; border-bottom: none; }
  blockquote { border-left: 3px solid #ced4da; margin-left: 0; padding-left: 12px; color: #444; }
</style></head>
<body>
<header><div class="mark">${e(initial)}</div><div><div class="org">${e(letterhead.name)}</div>${contact.length ? `<div class="contact">${contact.map(e).join(' · ')}</div>` : ''}</div></header>
<p class="kind">${e(doc.kindLabel)}</p>
<p class="title">${e(doc.title)}</p>
${financial ? `<p class="number">No. ${e(financial.number)}${financial.provisional ? ' (provisional)' : ''}</p>` : ''}
<p class="meta">${e(doc.dateLabel)}${draft ? ` · <span class="draft">${e(doc.status === 'draft' ? 'Draft' : 'In review')}: not final</span>` : ''}</p>
<main>${doc.bodyHtml}</main>
${lines}
</body></html>`
}
