import { existsSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { and, eq, isNull } from 'drizzle-orm'
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
      writer.write((tx) => tx.update(t.documents, id, { pdfPath: target }))
      return { path: target }
    },

    'documents.openPdf': async ({ id }) => {
      const doc = requireRow(db, t.documents, id, orgId(), 'document')
      if (!doc.pdfPath || !existsSync(doc.pdfPath))
        throw new CrmError(
          'not_found',
          doc.pdfPath
            ? `The PDF is no longer at ${doc.pdfPath}; export it again.`
            : 'This document has not been exported yet.',
        )
      if (!openFile) return { path: doc.pdfPath }
      const problem = await openFile(doc.pdfPath)
      if (problem) throw new CrmError('unavailable', `The PDF could not be opened: ${problem}`)
      return { path: doc.pdfPath }
    },
  } satisfies Partial<Handlers>
}
