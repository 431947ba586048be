import type { SyncState, SyncStatus } from '#shared/contract/index'
import { formatCount, formatWhen, plural } from './format.ts'

/** One sync status in words: the header, Settings and screen readers say the same thing. */
export interface SyncSummary {
  /** A word or two that fits the header. */
  short: string
  /** The whole state in one phrase, for an aria-label: "Sync: offline, 3 changes waiting". */
  label: string
  /** What it means and what happens next, in sentences. */
  detail: string
  color: string
}

const colors: Record<SyncState, string> = {
  'signed-out': 'gray',
  bootstrapping: 'blue',
  syncing: 'blue',
  synced: 'teal',
  offline: 'yellow',
  error: 'red',
  outdated: 'orange',
  'signed-in-again-needed': 'orange',
}

/** Whole percent done of the first download; never 100 before the last record is in. */
export function bootstrapPercent(bootstrap: SyncStatus['bootstrap']): number {
  if (!bootstrap || bootstrap.total <= 0) return 0
  return Math.min(100, Math.max(0, Math.floor((bootstrap.done / bootstrap.total) * 100)))
}

export function bootstrapText(bootstrap: SyncStatus['bootstrap']): string {
  return bootstrap
    ? `Downloading your workspace: ${formatCount(bootstrap.done)} of ${formatCount(bootstrap.total)} records`
    : 'Downloading your workspace'
}

const changes = (n: number) => plural(n, 'change')

export function describeSync(status: SyncStatus): SyncSummary {
  const { pending, message } = status
  const color = colors[status.state]
  // Unsent work is what people worry about offline: say it is kept wherever it applies.
  const kept = pending > 0 ? ` Your ${changes(pending)} are kept on this device.` : ''
  const summary = ((): Omit<SyncSummary, 'color'> => {
    switch (status.state) {
      case 'signed-out':
        return {
          short: 'Local only',
          label: 'Sync: local only, not signed in',
          detail:
            'Your work is saved on this computer only. Sign in under Settings to sync it with your team.',
        }
      case 'bootstrapping': {
        const percent = bootstrapPercent(status.bootstrap)
        return {
          short: `${percent}%`,
          label: `Sync: downloading your workspace, ${percent}%`,
          detail: `${bootstrapText(status.bootstrap)}.`,
        }
      }
      case 'syncing':
        return pending > 0
          ? {
              short: `Syncing ${formatCount(pending)}`,
              label: `Sync: syncing, ${changes(pending)} to send`,
              detail: `Sending ${changes(pending)} and fetching your team's.`,
            }
          : { short: 'Syncing', label: 'Sync: syncing', detail: "Fetching your team's changes." }
      case 'synced': {
        const last = status.lastSyncedAt ? formatWhen(status.lastSyncedAt) : null
        return {
          short: 'Synced',
          label: last ? `Sync: synced, last synced ${last}` : 'Sync: synced',
          detail: last
            ? `Everything is up to date. Last synced ${last}.`
            : 'Everything is up to date.',
        }
      }
      case 'offline': {
        const next = status.retryAt ? ` Next try ${formatWhen(status.retryAt)}.` : ''
        return {
          short: pending > 0 ? `Offline · ${formatCount(pending)} waiting` : 'Offline',
          label: pending > 0 ? `Sync: offline, ${changes(pending)} waiting` : 'Sync: offline',
          detail:
            `${message ?? 'The server cannot be reached.'} ` +
            (pending > 0
              ? `Your ${changes(pending)} will send when back online.`
              : 'Keep working: changes will send when back online.') +
            next,
        }
      }
      case 'error':
        return {
          short: 'Sync error',
          label: `Sync: error, ${message ?? 'the server could not sync'}${pending > 0 ? `, ${changes(pending)} waiting` : ''}`,
          detail: `${message ?? 'The server could not sync.'}${kept}`,
        }
      case 'outdated':
        return {
          short: 'Update needed',
          label: `Sync: update the app to sync${pending > 0 ? `, ${changes(pending)} kept` : ''}`,
          detail: `${message ?? 'The server runs a newer version of Influencer CRM.'} Update the app to sync again.${kept}`,
        }
      case 'signed-in-again-needed':
        return {
          short: 'Sign in again',
          label: `Sync: sign in again to sync${pending > 0 ? `, ${changes(pending)} waiting` : ''}`,
          detail: `Your session ended (a password change, or a sign-out elsewhere). Sign in again under Settings to sync.${kept}`,
        }
    }
  })()
  return { ...summary, color }
}

/** States whose message is a problem to read, not just news. */
export const isProblem = (state: SyncState): boolean =>
  state === 'offline' ||
  state === 'error' ||
  state === 'outdated' ||
  state === 'signed-in-again-needed'

/** States where asking the server again right now may help. */
export const canTryNow = (state: SyncState): boolean => state === 'offline' || state === 'error'

/** States that need the user at the sign-in form. */
export const needsSignIn = (state: SyncState): boolean =>
  state === 'signed-out' || state === 'signed-in-again-needed'
