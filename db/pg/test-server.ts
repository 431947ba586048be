import { execFile, execFileSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { appendFile, chown, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Client } from 'pg'

const run = promisify(execFile)

/** Where Debian's postgresql package puts the server binaries (CI: apt-get install postgresql). */
export const defaultPgBinDir = '/usr/lib/postgresql/15/bin'

export interface TestPostgres {
  /** postgresql://postgres@127.0.0.1:<port>/postgres, trust auth. */
  url: string
  /** Stops the server and deletes its data directory. Safe to call twice. */
  stop(): Promise<void>
}

/**
 * The binaries: $PG_BIN_DIR if set, else PostgreSQL 15, else the newest other major
 * version Debian installed side by side (a newer Debian ships a newer postgresql).
 */
const findBinDir = (): string => {
  const wanted = process.env.PG_BIN_DIR
  const candidates = wanted
    ? [wanted]
    : [
        defaultPgBinDir,
        ...(existsSync('/usr/lib/postgresql')
          ? readdirSync('/usr/lib/postgresql')
              .filter((v) => /^\d+$/.test(v))
              .sort((a, b) => Number(b) - Number(a))
              .map((v) => `/usr/lib/postgresql/${v}/bin`)
          : []),
      ]
  const found = candidates.find((dir) =>
    ['initdb', 'pg_ctl', 'postgres'].every((bin) => existsSync(join(dir, bin))),
  )
  if (!found) {
    throw new Error(
      `PostgreSQL 15 server binaries not found at ${wanted ?? defaultPgBinDir} ` +
        '(initdb, pg_ctl, postgres); apt-get install postgresql, or set PG_BIN_DIR',
    )
  }
  return found
}

/** A TCP port nothing listens on now, on 127.0.0.1. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })

interface RunAs {
  /** The command line to run `bin` with `args` as the server's user. */
  command(bin: string, args: string[]): [string, string[]]
  /** Gives the server's user the directory (as root), a no-op otherwise. */
  own(dir: string): Promise<void>
}

/** initdb and postgres refuse to run as root: as root, run them as the postgres user. */
const runAs = async (): Promise<RunAs> => {
  if (process.getuid?.() !== 0) {
    return { command: (bin, args) => [bin, args], own: async () => {} }
  }
  let uid: number
  let gid: number
  try {
    uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim())
    gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim())
  } catch {
    throw new Error(
      'Running as root, and there is no `postgres` user to run the PostgreSQL server as ' +
        '(apt-get install postgresql creates it), or run the tests as a non-root user',
    )
  }
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) =>
    existsSync(p),
  )
  return {
    command: (bin, args) =>
      runuser
        ? [runuser, ['-u', 'postgres', '--', bin, ...args]]
        : ['su', ['postgres', '-s', '/bin/sh', '-c', [bin, ...args].map(shellQuote).join(' ')]],
    own: (dir) => chown(dir, uid, gid),
  }
}

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

const failure = (what: string, error: unknown, log?: string) => {
  const e = error as { stderr?: string; stdout?: string; message?: string }
  const detail = [e.stderr, e.stdout, e.message].filter(Boolean).join('\n').trim()
  return new Error(`${what} failed: ${detail}${log ? `\n--- server log ---\n${log}` : ''}`, {
    cause: error,
  })
}

/**
 * A throwaway PostgreSQL server for tests: a fresh cluster in a temporary directory,
 * listening on 127.0.0.1 at a free port, trust auth, fsync off. Call stop() when done;
 * if the process exits first, the server is stopped and its directory removed anyway.
 */
export const startTestPostgres = async (): Promise<TestPostgres> => {
  const binDir = findBinDir()
  const as = await runAs()
  const root = await mkdtemp(join(tmpdir(), 'crm-pg-'))
  const dataDir = join(root, 'data')
  const socketDir = join(root, 'socket')
  const logFile = join(root, 'server.log')
  const exec = async (bin: string, args: string[]) => {
    const [file, argv] = as.command(join(binDir, bin), args)
    // cwd: the server's user may not be allowed into the caller's directory.
    return run(file, argv, { cwd: root, timeout: 60_000 })
  }
  const pgCtl = (args: string[]) => exec('pg_ctl', ['-D', dataDir, ...args])
  const readLog = () => {
    try {
      return execFileSync('tail', ['-n', '40', logFile], { encoding: 'utf8' })
    } catch {
      return ''
    }
  }

  let stopped = false
  const stopNow = () => {
    if (stopped) return
    stopped = true
    try {
      const [file, argv] = as.command(join(binDir, 'pg_ctl'), [
        '-D',
        dataDir,
        '-m',
        'immediate',
        '-w',
        'stop',
      ])
      execFileSync(file, argv, { cwd: root, stdio: 'ignore', timeout: 30_000 })
    } catch {
      // Not running (start failed, or already stopped).
    }
    rmSync(root, { recursive: true, force: true })
  }
  process.once('exit', stopNow)

  try {
    await mkdir(socketDir)
    await as.own(root)
    await as.own(socketDir)
    try {
      await exec('initdb', [
        '-D',
        dataDir,
        '-U',
        'postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--no-locale',
        '--no-sync',
      ])
    } catch (error) {
      throw failure(`initdb (${binDir})`, error)
    }

    let port = 0
    for (let attempt = 1; ; attempt++) {
      port = await freePort()
      // Appended, so the file keeps its owner; later settings win.
      await appendFile(
        join(dataDir, 'postgresql.conf'),
        [
          '',
          '# startTestPostgres',
          "listen_addresses = '127.0.0.1'",
          `port = ${port}`,
          `unix_socket_directories = '${socketDir}'`,
          'fsync = off',
          'synchronous_commit = off',
          'full_page_writes = off',
          'max_connections = 30',
          '',
        ].join('\n'),
      )
      try {
        await pgCtl(['-l', logFile, '-w', '-t', '60', 'start'])
        break
      } catch (error) {
        // Another process may have taken the port between probing and binding.
        if (attempt >= 3) throw failure('pg_ctl start', error, readLog())
      }
    }

    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`
    const client = new Client({ connectionString: url })
    try {
      await client.connect()
      await client.query('select 1')
    } finally {
      await client.end().catch(() => {})
    }

    return {
      url,
      stop: async () => {
        if (stopped) return
        stopped = true
        process.removeListener('exit', stopNow)
        try {
          await pgCtl(['-m', 'fast', '-w', '-t', '30', 'stop'])
        } catch (error) {
          await pgCtl(['-m', 'immediate', '-w', 'stop']).catch(() => {})
          await rm(root, { recursive: true, force: true })
          throw failure('pg_ctl stop', error, readLog())
        }
        await rm(root, { recursive: true, force: true })
      },
    }
  } catch (error) {
    process.removeListener('exit', stopNow)
    stopNow()
    throw error
  }
}
