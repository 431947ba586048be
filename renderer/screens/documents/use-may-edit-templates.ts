import { syncStatusTopic } from '#shared/contract/index'
import { useCrmQuery } from '../../lib/use-crm-query.ts'

/**
 * Whether this person may shape templates (`document.approve`), as main decides it; asked
 * again when the account changes (sign-in, sign-out, new permissions from the server). Main
 * checks again on every write, so this only decides which buttons show.
 */
export function useMayEditTemplates(): boolean | undefined {
  return useCrmQuery('templates.mayEdit', {}, [syncStatusTopic]).data?.mayEdit
}
