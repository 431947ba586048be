import { syncStatusTopic } from '#shared/contract/index'
import type { ServiceContext } from './context.ts'

/** The sync engine and its conflict inbox, as the renderer may reach them. */
export const syncService = (ctx: ServiceContext) => ({
  'sync.status': () => ctx.sync.status(),
  'sync.signIn': (input: { serverUrl: string; email: string; password: string }) =>
    ctx.sync.signIn(input.serverUrl, input.email, input.password),
  'sync.signOut': () => ctx.sync.signOut(),
  'sync.now': () => ctx.sync.syncNow(),
  'sync.conflicts': () => ctx.conflicts.list(),
  'sync.retryConflict': (input: {
    mutationId: string
    changes?: Record<string, unknown> | undefined
  }) => {
    const { mutationId, tableName } = ctx.conflicts.retry(input.mutationId, input.changes)
    ctx.changes.emit([tableName, syncStatusTopic])
    ctx.sync.nudge()
    return { mutationId }
  },
  'sync.discardConflict': (input: { mutationId: string }) => {
    const result = ctx.conflicts.discard(input.mutationId)
    ctx.changes.emit([syncStatusTopic])
    return result
  },
})
