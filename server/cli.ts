import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { createOrganization } from './admin/bootstrap.ts'
import { buildServer } from './app.ts'
import { configFromEnv, ServerEnv } from './config.ts'
import { openDatabase, type DatabaseTarget } from './db/open.ts'
import { HttpError } from './http/errors.ts'
import { resetChangeLog } from './sync/change-log.ts'

/*
 * npm run server                      start the sync service
 * npm run server -- init --org <name> --email <admin email> [--name <admin name>]
 *                                     first run: an organization and its admin
 *                                     (password from CRM_ADMIN_PASSWORD, or asked for)
 * npm run server -- reset-log         start a new change-log generation (after a restore)
 */

const usage = `Usage: npm run server [-- init --org <name> --email <email> [--name <name>] | reset-log]`

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function readEnv(): ServerEnv {
  const parsed = ServerEnv.safeParse(process.env)
  if (parsed.success) return parsed.data
  fail(
    `The environment is not right:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
  )
}

const target = (env: ServerEnv): DatabaseTarget => {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL }
  const dataDir = resolve(env.CRM_SERVER_DATA_DIR)
  mkdirSync(dataDir, { recursive: true })
  return { kind: 'pglite', dataDir: join(dataDir, 'pglite') }
}

/** The token-signing secret: from the environment, or (embedded mode) kept beside the data. */
function authSecret(env: ServerEnv): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET
  if (env.DATABASE_URL)
    fail(
      'AUTH_SECRET is required with DATABASE_URL: 32 or more random characters, the same on every instance',
    )
  const file = join(resolve(env.CRM_SERVER_DATA_DIR), 'auth-secret')
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
    chmodSync(file, 0o600)
  }
  return readFileSync(file, 'utf8').trim()
}

async function askPassword(): Promise<string> {
  if (process.env.CRM_ADMIN_PASSWORD) return process.env.CRM_ADMIN_PASSWORD
  if (!process.stdin.isTTY)
    fail('Set CRM_ADMIN_PASSWORD (12 or more characters): there is no terminal to ask on')
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const answer = await rl.question('Admin password (12 or more characters): ')
  rl.close()
  return answer
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { org: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
  })
  const [command = 'start'] = positionals
  const env = readEnv()
  if (!['start', 'init', 'reset-log'].includes(command)) fail(usage)
  const secret = command === 'start' ? authSecret(env) : ''
  const sql = await openDatabase(target(env)).catch((error: unknown) =>
    fail(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}`),
  )

  if (command === 'init') {
    if (!values.org || !values.email) fail(usage)
    try {
      const made = await createOrganization(sql, {
        name: values.org,
        admin: {
          email: values.email,
          name: values.name ?? values.email,
          password: await askPassword(),
        },
      })
      console.log(
        `Organization ${values.org} created (${made.orgId}); its admin ${values.email} can sign in.`,
      )
    } catch (error) {
      fail(error instanceof HttpError ? error.message : String(error))
    } finally {
      await sql.close()
    }
    return
  }
  if (command === 'reset-log') {
    const state = await resetChangeLog(sql)
    console.log(`Change log reset: generation ${state.epoch}; every device will refetch its data.`)
    await sql.close()
    return
  }

  const app = await buildServer({ sql, config: configFromEnv(env, secret) })
  const stop = async () => {
    await app.close()
    await sql.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
  await app.listen({ host: env.HOST, port: env.PORT })
  app.log.info({ database: sql.kind, electric: Boolean(env.ELECTRIC_URL) }, 'sync service ready')
}

await main()
