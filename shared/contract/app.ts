import { z } from 'zod'
import { Id } from './common.ts'

/*
 * The desktop app around the data: self-verifying updates, what was recovered after an
 * unexpected exit, and requests from outside the window (a crm:// link, a native menu item)
 * for the renderer to carry out. Main keeps the state; the renderer re-reads it when a
 * change event names one of the topics below, as it does for the sync status.
 */

export const updateStates = [
  /** Updates do not run here: not an installed build, or an administrator turned them off. */
  'disabled',
  /** Nothing asked yet this run. */
  'idle',
  'checking',
  'up-to-date',
  /** A newer version is being downloaded; `progress` says how far. */
  'downloading',
  /** Downloaded and verified: applied when the user restarts (or quits). */
  'ready',
  /** Downloaded but failed verification (signature or checksum): discarded, nothing installed. */
  'rejected',
  /** The update server could not be asked; the next scheduled check tries again. */
  'error',
] as const
export type UpdateState = (typeof updateStates)[number]

export const UpdateStatus = z.object({
  state: z.enum(updateStates),
  currentVersion: z.string(),
  /** The version on offer (downloading, ready, rejected). */
  version: z.string().nullable(),
  progress: z
    .object({
      percent: z.number().min(0).max(100),
      transferred: z.number().int().min(0),
      total: z.number().int().min(0),
    })
    .nullable(),
  /** A sentence for the user: why updates are off, or what went wrong. */
  message: z.string().nullable(),
  checkedAt: z.string().nullable(),
})
export type UpdateStatus = z.infer<typeof UpdateStatus>

/** What the app found when the previous run ended without closing (killed, crashed, power cut). */
export const RecoveryReport = z.object({
  /** When the interrupted run had started, if its marker said so. */
  previousStart: z.string().nullable(),
  /** SQLite's quick_check after reopening: true when the database is intact. */
  intact: z.boolean(),
  /** Local changes not yet sent to the server that survived. */
  pendingChanges: z.number().int().min(0),
  /** Refused changes still waiting in the conflict inbox. */
  conflicts: z.number().int().min(0),
  message: z.string(),
})
export type RecoveryReport = z.infer<typeof RecoveryReport>

/** Something outside the page asked the window to act: a crm:// link or a native menu item. */
export const AppIntent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('open-influencer'), influencerId: Id }),
  z.object({ kind: z.literal('log-interaction') }),
  z.object({ kind: z.literal('show-shortcuts') }),
])
export type AppIntent = z.infer<typeof AppIntent>

const Nothing = z.object({}).strict()

export const appChannels = {
  'app.updateStatus': { input: Nothing.default({}), output: UpdateStatus },
  /** Asks the update server now (Help → Check for updates does the same). */
  'app.checkForUpdates': { input: Nothing.default({}), output: UpdateStatus },
  /** Quits and installs the downloaded, verified update: only ever on the user's click. */
  'app.restartToUpdate': { input: Nothing.default({}), output: UpdateStatus },
  'app.recovery': { input: Nothing.default({}), output: RecoveryReport.nullable() },
  /** The user has read the recovery notice: it is not shown again this run. */
  'app.dismissRecovery': { input: Nothing.default({}), output: z.object({}) },
  /** The oldest request waiting for the renderer, removed as it is handed over; null when none. */
  'app.takeIntent': { input: Nothing.default({}), output: AppIntent.nullable() },
} as const

/** Change-event topics: re-read the update status, the recovery report, the intents. */
export const appUpdateTopic = 'app_update'
export const appRecoveryTopic = 'app_recovery'
export const appIntentTopic = 'app_intent'
