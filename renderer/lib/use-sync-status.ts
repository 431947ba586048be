import { syncStatusTopic, type SyncStatus } from '#shared/contract/index'
import { useCrmQuery, type CrmQuery } from './use-crm-query.ts'

/** The sync engine's state, kept live: main emits `sync_status` whenever it changes. */
export const useSyncStatus = (): CrmQuery<SyncStatus> =>
  useCrmQuery('sync.status', {}, [syncStatusTopic])
