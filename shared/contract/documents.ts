import { z } from 'zod'
import { DocumentKind, DocumentStatus, Visibility } from '../domain/enums.ts'
import { ById, Id, patchOf, Removed } from './common.ts'
import { FinancialDocumentRow, LineItem } from './deals.ts'

/** A Yjs update (or a whole body as one) in base64: binary that fits IPC and HTTP alike. */
export const Base64Update = z
  .string()
  // Stored as hex in the server's 5 MB push limit: about 2 MB of bytes at most.
  .max(2_700_000, 'An edit of more than 2 MB: paste long text in parts')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64')
  .refine((value) => value.length % 4 === 0 && value.length > 0, 'Not base64')

export const DocumentRow = z.object({
  id: z.string(),
  kind: DocumentKind,
  title: z.string(),
  status: DocumentStatus,
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  influencerId: z.string().nullable(),
  influencerName: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** The first lines of the body's text. */
  preview: z.string(),
  updatedAt: z.string(),
})
export type DocumentRow = z.infer<typeof DocumentRow>

export const DocumentDetail = DocumentRow.extend({
  visibility: Visibility,
  templateId: z.string().nullable(),
  templateName: z.string().nullable(),
  /** Where this computer last saved its PDF (null if it never did). */
  pdfPath: z.string().nullable(),
  /** The purchase order or invoice this document is the text of. */
  financial: FinancialDocumentRow.nullable(),
  /** Statuses the signed-in user may move it to now (the server has the last word). */
  nextStatuses: z.array(DocumentStatus),
  /** Whether this user may approve documents (and so edit templates). */
  canApprove: z.boolean(),
  /** Whether this user may change documents at all (a viewer reads them). */
  canWrite: z.boolean(),
})
export type DocumentDetail = z.infer<typeof DocumentDetail>

export const DocumentVersionRow = z.object({
  id: z.string(),
  name: z.string(),
  parentVersionId: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
})
export type DocumentVersionRow = z.infer<typeof DocumentVersionRow>

const Title = z.string().trim().min(1, 'Give the document a title').max(300)

/** Drafting: documents whose bodies are Yjs updates, merged, never overwritten. */
export const documentChannels = {
  /** Most recently changed first; every filter given narrows the list. */
  'documents.list': {
    input: z.object({
      influencerId: Id.optional(),
      campaignId: Id.optional(),
      kind: DocumentKind.optional(),
      status: DocumentStatus.optional(),
      /** Words in the title or the body's text. */
      search: z.string().trim().max(200).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.array(DocumentRow),
  },
  'documents.get': { input: ById, output: DocumentDetail },
  /**
   * A new document, from a template (its merge fields filled from the campaign, brand,
   * influencer and offer) or blank. A PO or invoice gets its financial document too.
   */
  'documents.create': {
    input: z.object({
      kind: DocumentKind,
      templateId: Id.nullish(),
      title: Title.optional(),
      campaignId: Id.nullish(),
      influencerId: Id.nullish(),
      visibility: Visibility.default('team'),
    }),
    output: DocumentDetail,
  },
  'documents.update': {
    input: patchOf({
      title: Title,
      campaignId: Id.nullable(),
      influencerId: Id.nullable(),
      visibility: Visibility,
    }),
    output: DocumentDetail,
  },
  'documents.delete': { input: ById, output: Removed },
  'documents.restore': { input: ById, output: Removed },
  /**
   * The body as one update: whole, for the editor to start from, or only what a replica
   * with the given Yjs state vector lacks (colleagues' edits that arrived by sync).
   */
  'documents.body': {
    input: z.object({ id: Id, since: Base64Update.optional() }),
    output: z.object({ update: Base64Update.or(z.literal('')) }),
  },
  /**
   * Appends the editor's edits (one or more Yjs updates merged) to the history. When the
   * document is no longer being drafted (a colleague approved it meanwhile) the words are
   * kept as a named version instead, and `keptAs` names it: nothing typed is ever dropped.
   */
  'documents.edit': {
    input: z.object({ id: Id, update: Base64Update }),
    output: z.object({ id: z.string(), keptAs: z.string().nullable() }),
  },
  /** draft → in review → approved → sent → signed; approving needs `document.approve`. */
  'documents.move': { input: z.object({ id: Id, to: DocumentStatus }), output: DocumentDetail },
  'documents.versions': { input: ById, output: z.array(DocumentVersionRow) },
  /** A named snapshot of the body as it is now. */
  'documents.saveVersion': {
    input: z.object({ id: Id, name: z.string().trim().min(1, 'Name the version').max(200) }),
    output: DocumentVersionRow,
  },
  /** The text of a saved version, to compare before restoring it. */
  'documents.versionText': {
    input: z.object({ versionId: Id }),
    output: z.object({ text: z.string() }),
  },
  /** Makes the body what the version holds, as a new edit; the history keeps everything. */
  'documents.restoreVersion': {
    input: z.object({ versionId: Id }),
    output: DocumentDetail,
  },
  /**
   * Renders the document with the organization's letterhead to a PDF, saves it where the
   * user chooses and records the path; null when the user cancelled.
   */
  'documents.exportPdf': {
    input: ById,
    output: z.object({ path: z.string().nullable() }),
  },
  /** Opens the last exported PDF with the system's viewer. */
  'documents.openPdf': { input: ById, output: z.object({ path: z.string() }) },
  /** The lines, due date and description of a PO or invoice; the amount is their sum. */
  'financialDocuments.update': {
    input: patchOf({
      lineItems: z.array(LineItem).min(1, 'Add at least one line').max(500),
      dueDate: z.iso.datetime({ offset: true }).nullable(),
      description: z.string().max(5000).nullable(),
    }),
    output: FinancialDocumentRow,
  },
} as const
