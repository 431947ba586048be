import { existsSync } from 'node:fs'
import path from 'node:path'
import electronUpdater from 'electron-updater'
import type { MainLog } from '../logging/main-log.ts'
import {
  disabledUpdates,
  UpdateController,
  type UpdateSource,
} from '../update/update-controller.ts'
import { machinePolicyFile, readUpdatePolicy } from '../update/update-policy.ts'

export interface AutoUpdatePlace {
  isPackaged: boolean
  version: string
  productName: string
  resourcesPath: string
  execPath: string
}

/**
 * electron-updater behind the update state machine, or updates that never run when the
 * policy says so. The feed is the one electron-builder wrote into resources/app-update.yml
 * from the `publish` section of electron-builder.yml; nothing here names a server.
 */
export function startAutoUpdate(
  place: AutoUpdatePlace,
  log: MainLog,
): UpdateSource & { stop(): void } {
  const policy = readUpdatePolicy({
    isPackaged: place.isPackaged,
    hasFeed: existsSync(path.join(place.resourcesPath, 'app-update.yml')),
    nsisInstall: existsSync(
      path.join(path.dirname(place.execPath), `Uninstall ${place.productName}.exe`),
    ),
    platform: process.platform,
    env: process.env,
    policyFile: machinePolicyFile(process.platform, process.env),
  })
  if (!policy.enabled) {
    if (policy.error) log.error(policy.error)
    log.info(`Updates are off: ${policy.reason}`)
    return { ...disabledUpdates(place.version, policy.reason), stop: () => {} }
  }
  const { autoUpdater } = electronUpdater
  autoUpdater.logger = {
    info: (message: unknown) => log.info(`updater: ${String(message)}`),
    warn: (message: unknown) => log.warn(`updater: ${String(message)}`),
    error: (message: unknown) => log.error(`updater: ${String(message)}`),
  }
  // A web installer fetches its payload after the signature check; ours never uses one.
  autoUpdater.disableWebInstaller = true
  const controller = new UpdateController(autoUpdater, { currentVersion: place.version, log })
  controller.schedule()
  return controller
}
