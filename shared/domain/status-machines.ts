import type {
  contractStatuses,
  documentStatuses,
  financialDocumentStatuses,
  offerStatuses,
  paymentStatuses,
} from './enums.ts'

type Machine<S extends string> = Record<S, readonly S[]>

/** Which status may follow which. The server decides for good; the client refuses nonsense early. */
export const offerTransitions: Machine<(typeof offerStatuses)[number]> = {
  pending: ['accepted', 'rejected', 'counter', 'expired'],
  counter: ['accepted', 'rejected', 'counter', 'expired'],
  accepted: ['completed'],
  rejected: [],
  expired: [],
  completed: [],
}

export const contractTransitions: Machine<(typeof contractStatuses)[number]> = {
  pending: ['signed', 'terminated'],
  signed: ['active', 'disputed', 'terminated'],
  active: ['completed', 'disputed', 'terminated'],
  disputed: ['active', 'terminated', 'completed'],
  completed: [],
  terminated: [],
}

export const paymentTransitions: Machine<(typeof paymentStatuses)[number]> = {
  pending: ['authorized', 'captured', 'failed'],
  authorized: ['captured', 'failed'],
  captured: ['released', 'refunded', 'disputed'],
  released: ['refunded', 'disputed'],
  failed: ['pending'],
  refunded: [],
  disputed: ['released', 'refunded'],
}

export const financialDocumentTransitions: Machine<(typeof financialDocumentStatuses)[number]> = {
  pending: ['approved', 'rejected'],
  approved: ['paid', 'rejected'],
  paid: [],
  rejected: ['pending'],
}

/** A draft goes to review; review sends it back or approves it; an approved one is sent, then signed. */
export const documentTransitions: Machine<(typeof documentStatuses)[number]> = {
  draft: ['in_review'],
  in_review: ['draft', 'approved'],
  approved: ['sent', 'draft'],
  sent: ['signed', 'draft'],
  signed: [],
}

/**
 * Steps of a document only a holder of the permission may take; every other step needs
 * `document.write`. Approving commits the agency to the text, and so does recording that
 * the other side signed it.
 */
export const documentApprovals: Partial<
  Record<(typeof documentStatuses)[number], 'document.approve'>
> = {
  approved: 'document.approve',
  signed: 'document.approve',
}

/** A body may change while it is being drafted or reviewed; after that it is a record. */
export const editableDocumentStatuses: readonly (typeof documentStatuses)[number][] = [
  'draft',
  'in_review',
]

export function canMove<S extends string>(machine: Machine<S>, from: S, to: S): boolean {
  return machine[from].includes(to)
}
