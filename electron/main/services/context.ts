import type { LocalDb } from '#db/sqlite/open'
import type { ChangeBus } from '../core/change-bus.ts'

/** What every service needs: the local replica, who the workspace is, and where to announce writes. */
export interface ServiceContext {
  db: LocalDb
  changes: ChangeBus
  dataFile: string
  /** The organization this replica belongs to. */
  orgId: () => string
}
