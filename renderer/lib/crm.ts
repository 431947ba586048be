import { callCrm, type Channel, type Input, type Output } from '#shared/contract/index'

/** Calls main through `window.crm`; resolves the value or throws a CrmError a user can read. */
export const crm = <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> =>
  callCrm(window.crm, channel, input)
