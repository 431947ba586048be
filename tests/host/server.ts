import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { build } from 'esbuild'
import { startCore, type Core, type CoreOptions } from '#main/core/start-core'
import { chromiumPdfPrinter, exportsFolderChooser } from './pdf-printer.ts'
import { repoRoot } from '#main/core/paths'
import { fail, type Envelope } from '#shared/contract/index'
import { contentSecurityPolicy } from '#shared/security/csp'

export interface HostOptions extends Omit<CoreOptions, 'migrationsFolder'> {
  port?: number
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir?: string
  /** Fixed only when a test runner must know it in advance; otherwise random per run. */
  token?: string
}

export interface Host {
  url: string
  /** The address to open: carries the per-run token. */
  openUrl: string
  token: string
  core: Core
  close(): Promise<void>
}

const maxBody = 1024 * 1024
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

async function bundleBridge(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(repoRoot, 'tests/host/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  })
  return result.outputFiles[0]?.text ?? ''
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBody) {
        reject(new Error('too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * The browser stand-in for Electron: the same core main runs, reached over HTTP on
 * 127.0.0.1 with a per-run token. Used by `npm run dev:web` and the Playwright suite;
 * never part of the product bundle.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const rendererDir = path.resolve(options.rendererDir ?? path.join(repoRoot, 'out/renderer'))
  const indexHtml = await readFile(path.join(rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(
      `The built renderer is missing (${rendererDir}/index.html). Run "npm run build" first.`,
    )
  })
  const page = indexHtml.replace('<head>', '<head>\n    <script src="/__crm/bridge.js"></script>')
  const bridgeJs = await bundleBridge()
  const printer = chromiumPdfPrinter()
  const core = startCore({
    printPdf: printer.print,
    chooseSavePath: exportsFolderChooser(options.dataDir),
    ...options,
    migrationsFolder: path.join(repoRoot, 'db/migrations/sqlite'),
  })
  const token = options.token ?? randomBytes(24).toString('base64url')
  const tokenBytes = Buffer.from(token)
  const hasToken = (candidate: string | null | undefined) => {
    const bytes = Buffer.from(candidate ?? '')
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes)
  }
  const streams = new Set<http.ServerResponse>()
  const stopChanges = core.onChange((event) => {
    for (const res of streams) res.write(`data: ${JSON.stringify(event)}\n\n`)
  })
  const stopProgress = core.onProgress((event) => {
    for (const res of streams) res.write(`event: progress\ndata: ${JSON.stringify(event)}\n\n`)
  })
  let origin = ''

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, {
      'content-type': type,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
    res.end(body)
  }
  const sendJson = (res: http.ServerResponse, status: number, envelope: Envelope) =>
    send(res, status, 'application/json', JSON.stringify(envelope))

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin)
      // Refuse other host names (DNS rebinding) and cross-origin callers.
      if (req.headers.host !== new URL(origin).host)
        return send(res, 421, 'text/plain', 'Wrong host')
      if (url.pathname.startsWith('/__crm/invoke/')) {
        if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only')
        if (req.headers.origin !== origin || !hasToken(req.headers['x-crm-token'] as string)) {
          return sendJson(
            res,
            403,
            fail({ code: 'forbidden', message: 'This page may not use the CRM.' }),
          )
        }
        let body: unknown
        try {
          body = JSON.parse(await readBody(req))
        } catch {
          return sendJson(
            res,
            400,
            fail({
              code: 'invalid_input',
              message: 'The request body is not JSON of at most 1 MB.',
            }),
          )
        }
        const channel = decodeURIComponent(url.pathname.slice('/__crm/invoke/'.length))
        const input =
          typeof body === 'object' && body !== null
            ? (body as { input?: unknown }).input
            : undefined
        return sendJson(res, 200, await core.dispatch(channel, input))
      }
      if (url.pathname === '/__crm/events') {
        if (!hasToken(url.searchParams.get('token')))
          return send(res, 403, 'text/plain', 'Forbidden')
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
        res.write(': connected\n\n')
        streams.add(res)
        req.on('close', () => streams.delete(res))
        return
      }
      if (url.pathname === '/__crm/bridge.js') return send(res, 200, types['.js']!, bridgeJs)
      if (url.pathname === '/' || url.pathname === '/index.html') {
        return send(res, 200, types['.html']!, page)
      }
      const file = path.resolve(rendererDir, `.${decodeURIComponent(url.pathname)}`)
      if (!file.startsWith(rendererDir + path.sep)) return send(res, 404, 'text/plain', 'Not found')
      try {
        return send(
          res,
          200,
          types[path.extname(file)] ?? 'application/octet-stream',
          await readFile(file),
        )
      } catch {
        return send(res, 404, 'text/plain', 'Not found')
      }
    })().catch((error: unknown) => {
      console.error('test host request failed', error)
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error')
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('The test host has no TCP address')
  origin = `http://127.0.0.1:${address.port}`

  return {
    url: origin,
    openUrl: `${origin}/?token=${token}`,
    token,
    core,
    close: async () => {
      stopChanges()
      stopProgress()
      for (const res of streams) res.end()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      core.close()
      await printer.close()
    },
  }
}
