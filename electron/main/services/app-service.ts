import {
  AppIntent,
  appIntentTopic,
  appRecoveryTopic,
  type RecoveryReport,
} from '#shared/contract/index'
import type { ChangeBus } from '../core/change-bus.ts'
import type { UpdateSource } from '../update/update-controller.ts'

/**
 * Requests from outside the page (a crm:// link, a native menu item) waiting for the
 * renderer. Queued, not sent: a link that starts the app arrives before the window loads.
 */
export class AppIntents {
  readonly #queue: AppIntent[] = []

  constructor(private readonly changes: ChangeBus) {}

  push(intent: AppIntent): void {
    this.#queue.push(AppIntent.parse(intent))
    this.changes.emit([appIntentTopic])
  }

  take(): AppIntent | null {
    return this.#queue.shift() ?? null
  }
}

/** The recovery report of this start, shown once: gone when the user has read it. */
export class RecoveryNotice {
  constructor(
    private report: RecoveryReport | null,
    private readonly changes: ChangeBus,
  ) {}

  current(): RecoveryReport | null {
    return this.report
  }

  dismiss(): void {
    this.report = null
    this.changes.emit([appRecoveryTopic])
  }
}

export interface AppServiceContext {
  app: { updates: UpdateSource; recovery: RecoveryNotice; intents: AppIntents }
}

/** The desktop app around the data: updates, the recovery notice, outside requests. */
export const appService = ({ app }: AppServiceContext) => ({
  'app.updateStatus': () => app.updates.status(),
  'app.checkForUpdates': () => app.updates.check(),
  'app.restartToUpdate': () => app.updates.restartToUpdate(),
  'app.recovery': () => app.recovery.current(),
  'app.dismissRecovery': () => {
    app.recovery.dismiss()
    return {}
  },
  'app.takeIntent': () => app.intents.take(),
})
