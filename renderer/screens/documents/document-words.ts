import type { MantineColor } from '@mantine/core'
import { documentKinds, type DocumentKind, type DocumentStatus } from '#shared/contract/index'
import { documentKindLabels, documentStatusLabels } from '#shared/documents/labels'
import { editableDocumentStatuses } from '#shared/domain/status-machines'

export { documentKindLabels, documentStatusLabels }

export const statusColors: Record<DocumentStatus, MantineColor> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
  sent: 'violet',
  signed: 'teal',
}

/** The button that takes a document to a status, named for what the person does. */
export const moveLabels: Record<DocumentStatus, string> = {
  draft: 'Back to draft',
  in_review: 'Send for review',
  approved: 'Approve',
  sent: 'Mark sent',
  signed: 'Mark signed',
}

export const kindOptions = documentKinds.map((kind) => ({
  value: kind,
  label: documentKindLabels[kind],
}))

export const isDocumentKind = (value: string | null): value is DocumentKind =>
  !!value && (documentKinds as readonly string[]).includes(value)

/** Main refuses edits to the body outside these statuses; the editor says so first. */
export const isEditable = (status: DocumentStatus): boolean =>
  editableDocumentStatuses.includes(status)

/** Why the text cannot change now, in the words the editor shows above it. */
export const readOnlyReason = (status: DocumentStatus, canWrite = true): string =>
  canWrite
    ? `This document is ${documentStatusLabels[status].toLowerCase()}, so its text is a record now. Move it back to draft to change it.`
    : 'Your role reads documents; ask a manager if you need to change one.'
