import type {
  contractStatuses,
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

export function canMove<S extends string>(machine: Machine<S>, from: S, to: S): boolean {
  return machine[from].includes(to)
}
