import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import { nativeBindingPath } from '#main/app/native-binding'
import { repoRoot } from '#main/core/paths'
import { expandBuilderMacro, loadBuilderConfig, validateBuilderConfig } from './builder-config.ts'

let config: Configuration
beforeAll(async () => {
  config = await loadBuilderConfig()
})

/** A platform's targets as names, whichever of electron-builder's spellings the file uses. */
const targets = (section: { target?: unknown } | null | undefined) =>
  ([section?.target].flat(2) as (string | { target: string })[]).map((t) =>
    typeof t === 'string' ? t : t.target,
  )

/** Every key anywhere in the config, with its path, to look for what must not be there. */
function keysOf(value: unknown, at = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) => [
    [`${at}${key}`, v] as [string, unknown],
    ...keysOf(v, `${at}${key}.`),
  ])
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined()
    // The same validator refuses a misspelt option, so passing means something.
    await expect(
      validateBuilderConfig({ ...config, win: { ...config.win, taget: ['nsis'] } as never }),
    ).rejects.toThrow(/Invalid configuration object/)
  })

  it('builds every installer admins and users need', () => {
    expect(targets(config.win)).toEqual(['nsis', 'msi'])
    expect(targets(config.mac)).toEqual(['dmg', 'zip'])
    expect(targets(config.linux)).toEqual(['AppImage', 'deb'])
    expect(config.appId).toBe('com.influencercrm.desktop')
    expect(config.productName).toBe('Influencer CRM')
  })

  it('installs per user or, for admins, per machine on Windows', () => {
    // Assisted NSIS: /S is silent, /allusers installs for everyone (docs/INSTALLING.md).
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      deleteAppDataOnUninstall: false,
    })
    expect(config.msi).toMatchObject({ perMachine: true })
    expect(config.msi?.upgradeCode).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    )
  })

  it('hardens, signs and notarizes the Mac app with the entitlements in build/', () => {
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      notarize: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
    })
    const plist = readFileSync(path.join(repoRoot, 'build/entitlements.mac.plist'), 'utf8')
    expect(plist).toContain('com.apple.security.cs.allow-jit')
    // Nothing that would switch off the hardened runtime's protections wholesale.
    expect(plist).not.toMatch(/disable-library-validation|disable-executable-page-protection/)
  })

  it('takes every signing secret from the environment, never from the file', () => {
    const secretKeys =
      /^(cscLink|cscKeyPassword|cscInstallerLink|cscInstallerKeyPassword|certificateFile|certificatePassword|certificateSha1|certificateSubjectName|identity|keychain|appleId|appleIdPassword|teamId|password)$/i
    const found = keysOf(config).filter(([key]) => secretKeys.test(key.split('.').at(-1)!))
    expect(found).toEqual([])
    const text = readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')
    expect(text).not.toMatch(/\.(p12|pfx|pem|key)\b/i)
    // A build never fails for want of a certificate; scripts/dist.mjs --release makes it so.
    expect(config.forceCodeSigning ?? false).toBe(false)
    // Installed Windows copies check an update's signature against this build's publisher.
    expect(config.win?.verifyUpdateCodeSignature).toBe(true)
  })

  it('names the update feed once, from CRM_UPDATE_URL, as electron-updater reads it', () => {
    expect(config.publish).toEqual({
      provider: 'generic',
      url: '${env.CRM_UPDATE_URL}',
      channel: 'latest',
    })
    // Nowhere else: no per-platform or per-target publish settings to drift apart.
    expect(keysOf(config).filter(([key]) => key.endsWith('.publish'))).toEqual([])
    const saved = process.env.CRM_UPDATE_URL
    try {
      process.env.CRM_UPDATE_URL = 'https://updates.agency.example/crm'
      expect(expandBuilderMacro('${env.CRM_UPDATE_URL}')).toBe('https://updates.agency.example/crm')
      delete process.env.CRM_UPDATE_URL
      expect(() => expandBuilderMacro('${env.CRM_UPDATE_URL}')).toThrow(
        /env CRM_UPDATE_URL is not defined/,
      )
    } finally {
      if (saved === undefined) delete process.env.CRM_UPDATE_URL
      else process.env.CRM_UPDATE_URL = saved
    }
  })

  it('registers crm:// and ships what the app loads at run time', () => {
    expect(config.protocols).toEqual([{ name: 'Influencer CRM', schemes: ['crm'] }])
    const files = JSON.stringify(config.files)
    expect(files).toContain('out/**')
    expect(files).toContain('db/migrations/**')
    // The Electron build of better-sqlite3 lands where the packaged app looks for it.
    const packaged = nativeBindingPath({
      isPackaged: true,
      appPath: '/app',
      resourcesPath: '/res',
      electronVersion: '45.0.0',
    })
    expect(config.extraResources).toEqual([
      {
        from: '.electron-native/current/better_sqlite3.node',
        to: path.relative('/res', packaged),
      },
    ])
    expect(config.npmRebuild).toBe(false)
  })

  it('has an icon big enough for every platform', () => {
    for (const platform of [config.mac, config.win, config.linux]) {
      expect(platform?.icon).toBe('build/icon.png')
    }
    const png = readFileSync(path.join(repoRoot, 'build/icon.png'))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    // IHDR: width and height, big-endian, at bytes 16 and 20; macOS wants 512 at least.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512)
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16))
  })
})
