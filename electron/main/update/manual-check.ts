import type { UpdateStatus } from '#shared/contract/index'
import type { UpdateSource } from './update-controller.ts'

/** What to tell someone who chose Check for Updates, once the check has an answer. */
export function manualCheckAnswer(status: UpdateStatus): string | null {
  switch (status.state) {
    case 'checking':
    case 'idle':
      return null
    case 'up-to-date':
      return `Influencer CRM ${status.currentVersion} is the latest version.`
    case 'downloading':
      return `Version ${status.version ?? 'new'} is downloading. When it is ready and verified, the window offers Restart to update.`
    case 'ready':
      return `Version ${status.version ?? 'new'} is downloaded and verified: choose Restart to update in the window when it suits you.`
    case 'disabled':
    case 'rejected':
    case 'error':
      return status.message ?? 'Checking for updates did not work this time.'
  }
}

/** Checks now and calls `tell` once with the answer (menu item: the user is waiting for one). */
export function checkAndTell(updates: UpdateSource, tell: (answer: string) => void): void {
  const now = manualCheckAnswer(updates.check())
  if (now) {
    tell(now)
    return
  }
  const stop = updates.onChange(() => {
    const answer = manualCheckAnswer(updates.status())
    if (!answer) return
    stop()
    tell(answer)
  })
}
