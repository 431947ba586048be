// `npm run dist`: builds the installers of electron-builder.yml for this platform (or the
// platforms named: --mac, --win, --linux), after saying plainly whether they will be signed.
// Signing comes from the environment only (docs/RELEASING.md); without it the build goes on
// and every line about it starts with "UNSIGNED BUILD:". `--release` refuses to build
// unsigned. `--check` prints the signing report and stops (no Electron needed).
import { spawnSync } from 'node:child_process'
import { downloadElectron, electronBinary } from './electron-binary.mjs'

const args = process.argv.slice(2)
const release = args.includes('--release')
const checkOnly = args.includes('--check')
const env = process.env
const set = (name) => typeof env[name] === 'string' && env[name].trim() !== ''

const platformFlags = { '--mac': 'mac', '--win': 'win', '--linux': 'linux' }
const hostPlatform = { darwin: 'mac', win32: 'win' }[process.platform] ?? 'linux'
const named = args.filter((a) => a in platformFlags).map((a) => platformFlags[a])
const platforms = named.length > 0 ? named : [hostPlatform]

/** What is missing for a platform: to sign it, and (macOS) to notarize it. */
function missingFor(platform) {
  const missing = { sign: [], notarize: [] }
  if (platform === 'mac') {
    if (!set('CSC_LINK'))
      missing.sign.push('CSC_LINK (the Developer ID Application certificate, .p12)')
    if (!set('CSC_KEY_PASSWORD')) missing.sign.push('CSC_KEY_PASSWORD')
    const appleId = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']
    const apiKey = ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER']
    if (!appleId.every(set) && !apiKey.every(set)) {
      missing.notarize.push(`${appleId.join(' + ')} (or ${apiKey.join(' + ')})`)
    }
  }
  if (platform === 'win') {
    if (!set('WIN_CSC_LINK') && !set('CSC_LINK')) {
      missing.sign.push('WIN_CSC_LINK or CSC_LINK (the Authenticode certificate, .pfx)')
    }
    if (!set('WIN_CSC_KEY_PASSWORD') && !set('CSC_KEY_PASSWORD')) {
      missing.sign.push('WIN_CSC_KEY_PASSWORD or CSC_KEY_PASSWORD')
    }
  }
  return missing
}

const consequence = {
  mac: 'Gatekeeper will refuse to open it and it cannot install updates (Squirrel.Mac only accepts an update signed like the running app)',
  win: 'SmartScreen will warn about an unknown publisher, and installed copies will not check the signature of updates',
}
const notSet = (names) => `${names.join('; ')} ${names.length === 1 ? 'is' : 'are'} not set`

const problems = []
if (!set('CRM_UPDATE_URL')) {
  problems.push(
    'CRM_UPDATE_URL is not set: it is the update server every build checks (electron-builder.yml, publish). Set it to the https:// folder the release files are uploaded to.',
  )
} else if (!/^https:\/\//.test(env.CRM_UPDATE_URL)) {
  problems.push(
    `CRM_UPDATE_URL is "${env.CRM_UPDATE_URL}": it must start with https://, since the update metadata (versions, sha512) is trusted as served.`,
  )
}

let unsigned = 0
for (const platform of platforms) {
  const missing = missingFor(platform)
  if (platform === 'linux') {
    console.log(
      'linux: AppImage and deb are not code-signed by electron-builder; installed copies check updates against the sha512 in latest-linux.yml, served over HTTPS.',
    )
  } else if (missing.sign.length > 0) {
    unsigned++
    console.log(
      `UNSIGNED BUILD: ${platform} — ${notSet(missing.sign)}, so ${consequence[platform]}.`,
    )
  } else if (missing.notarize.length > 0) {
    unsigned++
    console.log(
      `UNSIGNED BUILD: ${platform} — signed, but not notarized: ${notSet(missing.notarize)}, so Gatekeeper will refuse to open it on other Macs.`,
    )
  } else {
    console.log(
      `${platform}: signed${platform === 'mac' ? ' and notarized' : ''} with the credentials from the environment.`,
    )
  }
}
if (unsigned > 0 && release) {
  problems.push(
    '--release builds only signed installers: set the variables above and run it again.',
  )
}
for (const problem of problems) console.error(problem)
if (problems.length > 0) process.exit(1)
if (checkOnly) process.exit(0)

// electron-builder downloads the same Electron release to package: where this cannot, neither can it.
if (!(electronBinary() ?? downloadElectron())) {
  console.error(
    'The Electron binary cannot be downloaded on this machine, so installers cannot be built here: run this on a release machine (docs/RELEASING.md).',
  )
  process.exit(1)
}

const run = (command, commandArgs, extraEnv = {}) => {
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'])
run(process.execPath, ['scripts/electron-native.mjs'])
const builderArgs = [
  'node_modules/electron-builder/cli.js',
  '--config',
  'electron-builder.yml',
  ...platforms.map((p) => `--${p}`),
  // Uploading is a separate, deliberate step (docs/RELEASING.md); the generic provider cannot.
  '--publish',
  'never',
  ...(release ? ['-c.forceCodeSigning=true'] : []),
]
// Only the certificate named in the environment signs: without CSC_LINK, electron-builder
// must not go looking in this Mac's keychain, so "unsigned" above means unsigned. (With it,
// electron-builder imports it into a keychain of its own and looks only there.)
run(process.execPath, builderArgs, set('CSC_LINK') ? {} : { CSC_IDENTITY_AUTO_DISCOVERY: 'false' })
if (unsigned > 0) {
  console.log('UNSIGNED BUILD: the installers in dist/ are for testing only; do not ship them.')
}
