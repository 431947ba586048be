import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '#main/core/paths'

const signingVars = [
  'CSC_LINK',
  'CSC_KEY_PASSWORD',
  'WIN_CSC_LINK',
  'WIN_CSC_KEY_PASSWORD',
  'APPLE_ID',
  'APPLE_APP_SPECIFIC_PASSWORD',
  'APPLE_TEAM_ID',
  'APPLE_API_KEY',
  'APPLE_API_KEY_ID',
  'APPLE_API_ISSUER',
  'CRM_UPDATE_URL',
]

/** `npm run dist -- --check …` on a machine whose environment holds exactly `env`. */
function dist(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !signingVars.includes(key)),
  )
  const result = spawnSync(process.execPath, ['scripts/dist.mjs', '--check', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...clean, ...env },
  })
  return { status: result.status, out: result.stdout, err: result.stderr }
}

const feed = { CRM_UPDATE_URL: 'https://updates.agency.example/crm' }

describe('npm run dist: signing from the environment', () => {
  it('says UNSIGNED BUILD, naming what is missing, when the certificates are not there', () => {
    const { status, out } = dist(['--mac', '--win', '--linux'], feed)
    expect(status).toBe(0)
    const lines = out.trim().split('\n')
    expect(lines[0]).toMatch(
      /^UNSIGNED BUILD: mac — CSC_LINK .*CSC_KEY_PASSWORD are not set, so Gatekeeper/,
    )
    expect(lines[1]).toMatch(
      /^UNSIGNED BUILD: win — WIN_CSC_LINK or CSC_LINK .*not set, so SmartScreen/,
    )
    expect(lines[2]).toMatch(/^linux: .*sha512 in latest-linux\.yml/)
  })

  it('signs with the certificates in the environment, and says a Mac build without Apple credentials is not notarized', () => {
    const signed = dist(['--win'], {
      ...feed,
      WIN_CSC_LINK: '/secure/ours.pfx',
      WIN_CSC_KEY_PASSWORD: 'x',
    })
    expect(signed.out.trim()).toBe('win: signed with the credentials from the environment.')

    const mac = { ...feed, CSC_LINK: '/secure/devid.p12', CSC_KEY_PASSWORD: 'x' }
    expect(dist(['--mac'], mac).out).toMatch(
      /^UNSIGNED BUILD: mac — signed, but not notarized: APPLE_ID/,
    )
    const notarized = dist(['--mac'], {
      ...mac,
      APPLE_ID: 'release@agency.example',
      APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh-ijkl-mnop',
      APPLE_TEAM_ID: 'ABCDE12345',
    })
    expect(notarized.out.trim()).toBe(
      'mac: signed and notarized with the credentials from the environment.',
    )
    // What it prints never echoes a secret back.
    expect(notarized.out + notarized.err).not.toMatch(/abcd-efgh|devid\.p12/)
  })

  it('refuses a release that would not be signed, and a build without an https update feed', () => {
    const release = dist(['--win', '--release'], feed)
    expect(release.status).toBe(1)
    expect(release.err).toContain('--release builds only signed installers')

    const noFeed = dist(['--linux'])
    expect(noFeed.status).toBe(1)
    expect(noFeed.err).toMatch(/^CRM_UPDATE_URL is not set/)
    const http = dist(['--linux'], { CRM_UPDATE_URL: 'http://updates.agency.example' })
    expect(http.err).toMatch(/must start with https:\/\//)
  })
})
