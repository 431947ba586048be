import { existsSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { and, eq, isNull } from 'drizzle-orm'
import type { LocalDb } from '#db/sqlite/open'
import * as t from '#db/sqlite/schema/index'
import { CrmError, type DocumentKind } from '#shared/contract/index'
import { bodyHtml } from '#shared/documents/body-html'
import { documentKindLabels } from '#shared/documents/labels'
import { printHtml } from '#shared/documents/print-html'
import type { Handlers } from '../core/dispatch.ts'
import { safeFileName } from './attachment-service.ts'
import type { ServiceContext } from './context.ts'
import { currentBody } from './document-body.ts'
import { requireRow } from './rows.ts'

/**
 * PDF export: the document on the organization's letterhead, printed by Chromium (Electron's
 * printToPDF in the app, the test host's Chromium in tests), saved where the user chose and
 * the path recorded on the document so it can be opened again.
 */
export function documentExportService(ctx: ServiceContext) {
  const { db, writer, orgId, now, printPdf, chooseSavePath, openFile } = ctx

  const html = (id: string) => {
    const doc = requireRow(db, t.documents, id, orgId(), 'document')
    const org = db.select().from(t.organizations).where(eq(t.organizations.id, orgId())).get()
    const financial = db
      .select()
      .from(t.financialDocuments)
      .where(and(eq(t.financialDocuments.documentId, id), isNull(t.financialDocuments.deletedAt)))
      .get()
    const day = (iso: string | Date) =>
      new Intl.DateTimeFormat(undefined, {
        dateStyle: 'long',
        timeZone: org?.timezone ?? 'UTC',
      }).format(new Date(iso))
    const place = [org?.address, org?.city, org?.state, org?.zipCode, org?.country]
      .filter(Boolean)
      .join(', ')
    return {
      doc,
      page: printHtml(
        {
          name: org?.name ?? 'Your agency',
          lines: [place, org?.email, org?.phone, org?.website],
        },
        {
          title: doc.title,
          kindLabel: documentKindLabels[doc.kind as DocumentKind],
          status: doc.status,
          dateLabel: day(now()),
          bodyHtml: bodyHtml(currentBody(db, id)),
          financial: financial && {
            number: financial.documentNumber,
            provisional: financial.numberProvisional,
            currency: financial.currency,
            lineItems: financial.lineItems,
            amount: financial.amount,
            dueLabel: financial.dueDate ? day(financial.dueDate) : null,
          },
        },
      ),
    }
  }

  return {
    'documents.exportPdf': async ({ id }) => {
      if (!printPdf || !chooseSavePath)
        throw new CrmError('unavailable', 'PDF export needs the desktop app.')
      const { doc, page } = html(id)
      // "Creator agreement: Ava Stone" saves as "Creator agreement - Ava Stone.pdf".
      const name = safeFileName(doc.title.replace(/\s*:\s*/g, ' - ')).replace(/\.pdf$/i, '')
      const target = await chooseSavePath(`${name}.pdf`)
      if (!target) return { path: null }
      if (!path.isAbsolute(target))
        throw new CrmError('invalid_input', `Save the PDF under a full path, not "${target}".`)
      const pdf = await printPdf(page)
      try {
        // Written beside the target and renamed: a failed export never leaves half a PDF.
        writeFileSync(`${target}.part`, pdf)
        renameSync(`${target}.part`, target)
      } catch (error) {
        throw new CrmError(
          'unavailable',
          `The PDF could not be saved to ${target}: ${(error as Error).message}. Choose another folder.`,
        )
      }
      writer.write((tx) => {
        // Recorded on the document for the team; opened only from this device's own record.
        tx.update(t.documents, id, { pdfPath: target })
        tx.db
          .insert(t.documentExports)
          .values({ documentId: id, path: target, exportedAt: now().toISOString() })
          .onConflictDoUpdate({
            target: t.documentExports.documentId,
            set: { path: target, exportedAt: now().toISOString() },
          })
          .run()
      })
      return { path: target }
    },

    'documents.openPdf': async ({ id }) => {
      requireRow(db, t.documents, id, orgId(), 'document')
      // Only a file this device wrote: documents.pdf_path is synced, so a colleague could
      // otherwise make "Open PDF" run any file on this computer.
      const saved = exportedPdf(db, id)
      if (!saved || !existsSync(saved))
        throw new CrmError(
          'not_found',
          saved
            ? `The PDF is no longer at ${saved}; export it again.`
            : 'This document has not been exported on this computer yet.',
        )
      if (!openFile) return { path: saved }
      const problem = await openFile(saved)
      if (problem) throw new CrmError('unavailable', `The PDF could not be opened: ${problem}`)
      return { path: saved }
    },
  } satisfies Partial<Handlers>
}

/** Where this device saved the document's PDF, if it did: absolute and a .pdf, or nothing. */
export function exportedPdf(db: LocalDb, documentId: string): string | null {
  const row = db
    .select({ path: t.documentExports.path })
    .from(t.documentExports)
    .where(eq(t.documentExports.documentId, documentId))
    .get()
  return row && path.isAbsolute(row.path) && /\.pdf$/i.test(row.path) ? row.path : null
}
