import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from '#db/pg/test-server'

// `npm run server` as a newcomer runs it: no database installed, so the embedded PGlite in
// a data folder; the first-run command makes an organization and its admin, who can then
// sign in over HTTP. A wrong environment stops it with the variable's name.

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
const cli = join(repoRoot, 'server', 'cli.ts')
const children: ChildProcess[] = []
const folders: string[] = []

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })))
})

function run(args: string[], env: Record<string, string>) {
  const child = spawn(tsx, [cli, ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, exited, output: () => output }
}

async function waitForHealth(url: string, deadline = Date.now() + 60_000) {
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/v1/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} never answered`)
}

describe('npm run server', () => {
  it('makes an organization on first run, then serves its admin on embedded PGlite', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'crm-server-'))
    folders.push(dataDir)
    const env = { CRM_SERVER_DATA_DIR: dataDir, CRM_ADMIN_PASSWORD: 'a-long-admin-password' }
    const init = run(['init', '--org', 'Bright Agency', '--email', 'Boss@Bright.test'], env)
    expect(await init.exited, init.output()).toBe(0)
    expect(init.output()).toContain('Bright Agency created')

    const port = await freePort()
    const server = run([], { ...env, PORT: String(port) })
    const url = `http://127.0.0.1:${port}`
    await waitForHealth(url)
    const signIn = await fetch(`${url}/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'boss@bright.test', password: 'a-long-admin-password' }),
    })
    expect(signIn.status).toBe(200)
    // The token secret it made for itself is readable by its owner only.
    expect((await stat(join(dataDir, 'auth-secret'))).mode & 0o077).toBe(0)
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.output()).not.toContain('a-long-admin-password')
  }, 120_000)

  it('refuses a wrong environment, naming the variable, and starts nothing', async () => {
    const bad = run([], { PORT: 'eighty', DATABASE_URL: 'mysql://nope' })
    expect(await bad.exited).toBe(1)
    expect(bad.output()).toContain('PORT')
    expect(bad.output()).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL')
    const noSecret = run([], { DATABASE_URL: 'postgres://127.0.0.1:1/none' })
    expect(await noSecret.exited).toBe(1)
    expect(noSecret.output()).toContain('AUTH_SECRET is required')
  }, 60_000)
})
