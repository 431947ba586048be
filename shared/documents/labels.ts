import type { DocumentKind, DocumentStatus } from '../domain/enums.ts'

export const documentKindLabels: Record<DocumentKind, string> = {
  brief: 'Brief',
  contract: 'Contract',
  proposal: 'Proposal',
  outreach_email: 'Outreach email',
  report: 'Report',
  po: 'Purchase order',
  invoice: 'Invoice',
}

export const documentStatusLabels: Record<DocumentStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  sent: 'Sent',
  signed: 'Signed',
}
