import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  machinePolicyFile,
  policyEnvVar,
  readUpdatePolicy,
  type PolicyInputs,
} from './update-policy.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** An installed build on a machine, its policy file in a real folder (absent unless written). */
function machine(patch: Partial<PolicyInputs> = {}, policy?: string): PolicyInputs {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-policy-'))
  dirs.push(dir)
  const policyFile = path.join(dir, 'policy.json')
  if (policy !== undefined) writeFileSync(policyFile, policy)
  return {
    isPackaged: true,
    hasFeed: true,
    nsisInstall: true,
    platform: 'win32',
    env: {},
    policyFile,
    ...patch,
  }
}

describe('the update policy switch', () => {
  it('leaves updates on for an installed build with no policy', () => {
    expect(readUpdatePolicy(machine())).toEqual({ enabled: true })
    expect(readUpdatePolicy(machine({}, '{"updates": "on"}'))).toEqual({ enabled: true })
    expect(readUpdatePolicy(machine({ platform: 'linux' }))).toEqual({ enabled: true })
  })

  it('turns updates off when the admin policy file says off', () => {
    const inputs = machine({}, '{ "updates": "off", "comment": "IT rolls out releases monthly" }')
    expect(readUpdatePolicy(inputs)).toEqual({
      enabled: false,
      reason: `Updates are turned off on this computer by your administrator. (${inputs.policyFile})`,
    })
  })

  it('turns updates off when the machine environment says off, even if the file says on', () => {
    const policy = readUpdatePolicy(machine({ env: { [policyEnvVar]: 'OFF' } }, '{"updates":"on"}'))
    expect(policy).toEqual({
      enabled: false,
      reason: `Updates are turned off on this computer by your administrator (${policyEnvVar}).`,
    })
    expect(readUpdatePolicy(machine({ env: { [policyEnvVar]: 'on' } }))).toEqual({ enabled: true })
  })

  it.each([
    ['not JSON', '{ updates: off', /is not valid JSON/],
    ['a misspelt key', '{"update": "off"}', /is not valid .*update/],
    ['a value other than on/off', '{"updates": false}', /updates must be "on" or "off"/],
    ['an empty file', '', /is not valid JSON/],
  ])(
    'fails safe on a policy file that is %s: updates stay off, and the error says why',
    (_what, text, why) => {
      const inputs = machine({}, text)
      const policy = readUpdatePolicy(inputs)
      expect(policy.enabled).toBe(false)
      if (policy.enabled) return
      expect(policy.reason).toBe('Updates are turned off on this computer by your administrator.')
      expect(policy.error).toMatch(why)
      expect(policy.error).toContain(inputs.policyFile)
      expect(policy.error).toContain('updates stay off until it is fixed')
    },
  )

  it('fails safe on an environment value it does not understand', () => {
    const policy = readUpdatePolicy(machine({ env: { [policyEnvVar]: 'disabled' } }))
    expect(policy).toMatchObject({
      enabled: false,
      error: `${policyEnvVar} is "disabled", which is neither "on" nor "off"; updates stay off until it is fixed.`,
    })
  })

  it('never updates a build from source, a build without a feed, or an MSI install', () => {
    expect(readUpdatePolicy(machine({ isPackaged: false }))).toEqual({
      enabled: false,
      reason: 'Updates apply to installed builds; this one runs from source.',
    })
    expect(readUpdatePolicy(machine({ hasFeed: false }))).toEqual({
      enabled: false,
      reason: 'This build was made without an update server, so it does not update itself.',
    })
    expect(readUpdatePolicy(machine({ nsisInstall: false }))).toMatchObject({
      enabled: false,
      reason: 'Installed from the MSI package: your administrator deploys updates.',
    })
    // The NSIS uninstaller check is about Windows only.
    expect(readUpdatePolicy(machine({ nsisInstall: false, platform: 'darwin' }))).toEqual({
      enabled: true,
    })
  })

  it('reads the policy from a per-machine folder on each platform', () => {
    expect(machinePolicyFile('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\Influencer CRM\\policy.json',
    )
    expect(machinePolicyFile('win32', {})).toBe('C:\\ProgramData\\Influencer CRM\\policy.json')
    expect(machinePolicyFile('darwin', {})).toBe(
      '/Library/Application Support/Influencer CRM/policy.json',
    )
    expect(machinePolicyFile('linux', {})).toBe('/etc/influencer-crm/policy.json')
  })
})
