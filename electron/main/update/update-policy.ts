import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/*
 * Whether this machine updates itself. Admins decide for managed machines with a policy
 * file in a per-machine folder only they can write, or a machine-wide environment variable.
 * Fail safe: a policy that cannot be read or understood keeps updates OFF and says why in
 * the log, because an admin who wrote one wanted control, and a typo must not hand it back.
 */

export const policyEnvVar = 'INFLUENCER_CRM_UPDATES'

/** The admin-written policy file of each platform (docs/INSTALLING.md). */
export function machinePolicyFile(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): string {
  if (platform === 'win32') {
    return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'Influencer CRM', 'policy.json')
  }
  if (platform === 'darwin') return '/Library/Application Support/Influencer CRM/policy.json'
  return '/etc/influencer-crm/policy.json'
}

/** Strict: an unknown key ("update": "off", a typo) is an error, not silently ignored. */
export const PolicyFile = z.strictObject({
  updates: z.enum(['on', 'off'], { error: 'updates must be "on" or "off"' }),
  /** Free text for the admin's own notes (who set this, why). */
  comment: z.string().optional(),
})

export type UpdatePolicy =
  | { enabled: true }
  | {
      enabled: false
      /** A sentence for the user: why this app does not update itself. */
      reason: string
      /** A policy that could not be used: logged as an error for the admin. */
      error?: string
    }

export interface PolicyInputs {
  /** Only installed builds update; running from source never does. */
  isPackaged: boolean
  /** electron-builder wrote an update feed (resources/app-update.yml) into this build. */
  hasFeed: boolean
  /**
   * On Windows, installed by the NSIS installer (its uninstaller sits beside the app). The
   * MSI is for admin deployment: the updater would install the NSIS build beside it, so an
   * MSI install never updates itself; admins roll out the next MSI.
   */
  nsisInstall: boolean
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  policyFile: string
}

const off = (reason: string, error?: string): UpdatePolicy =>
  error === undefined ? { enabled: false, reason } : { enabled: false, reason, error }

export function readUpdatePolicy(inputs: PolicyInputs): UpdatePolicy {
  const fromFile = readPolicyFile(inputs.policyFile)
  if (fromFile) return fromFile
  const fromEnv = readPolicyEnv(inputs.env[policyEnvVar])
  if (fromEnv) return fromEnv
  if (!inputs.isPackaged)
    return off('Updates apply to installed builds; this one runs from source.')
  if (!inputs.hasFeed)
    return off('This build was made without an update server, so it does not update itself.')
  if (inputs.platform === 'win32' && !inputs.nsisInstall) {
    return off('Installed from the MSI package: your administrator deploys updates.')
  }
  return { enabled: true }
}

/** The file's verdict when it turns updates off or is unusable; null when it allows them. */
function readPolicyFile(file: string): UpdatePolicy | null {
  if (!existsSync(file)) return null
  const managed = 'Updates are turned off on this computer by your administrator.'
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return off(
      managed,
      `The update policy ${file} is not valid JSON (${why}); updates stay off until it is fixed.`,
    )
  }
  const parsed = PolicyFile.safeParse(raw)
  if (!parsed.success) {
    return off(
      managed,
      `The update policy ${file} is not valid (${z.prettifyError(parsed.error).replace(/\n/g, ' ')}); updates stay off until it is fixed. Expected {"updates": "on"} or {"updates": "off"}.`,
    )
  }
  return parsed.data.updates === 'off' ? off(`${managed} (${file})`) : null
}

function readPolicyEnv(value: string | undefined): UpdatePolicy | null {
  if (value === undefined || value === '') return null
  const v = value.trim().toLowerCase()
  if (v === 'on') return null
  const managed = `Updates are turned off on this computer by your administrator (${policyEnvVar}).`
  if (v === 'off') return off(managed)
  return off(
    managed,
    `${policyEnvVar} is "${value}", which is neither "on" nor "off"; updates stay off until it is fixed.`,
  )
}
