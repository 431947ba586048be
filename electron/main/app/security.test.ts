import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, metaContentSecurityPolicy } from '#shared/security/csp'
import { repoRoot } from '../core/paths.ts'
import { appEntryUrl, isAppUrl, resolveBundleFile } from './app-origin.ts'
import { guardContents, type GuardedContents } from './guards.ts'
import { windowOptions } from './window-options.ts'

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]))

describe('BrowserWindow options', () => {
  const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences ?? {}

  it('isolate the renderer: context isolation, sandbox, no Node anywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    })
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })
})

describe('Content-Security-Policy', () => {
  const csp = directives(contentSecurityPolicy)

  it('lets scripts come only from the bundle: no inline script, no eval, no remote host', () => {
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('is written into the built index.html, minus what only a header can carry', () => {
    const html = readFileSync(path.join(repoRoot, 'out/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(metaContentSecurityPolicy)
    expect(directives(metaContentSecurityPolicy).get('script-src')).toEqual(["'self'"])
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // no inline script to allow
  })
})

describe('the app origin', () => {
  it('trusts only our own bundle as an IPC caller', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true)
    expect(isAppUrl('app://bundle/index.html#/pipeline')).toBe(true)
    for (const url of [
      'https://bundle/index.html',
      'app://evil/index.html',
      'file:///etc/passwd',
      'http://127.0.0.1:5190/',
      'about:blank',
      '',
      null,
      'not a url',
    ]) {
      expect(isAppUrl(url)).toBe(false)
    }
  })

  it('serves files inside the bundle folder and nothing outside it', () => {
    const root = '/opt/crm/out/renderer'
    expect(resolveBundleFile(root, 'app://bundle/')).toBe(`${root}/index.html`)
    expect(resolveBundleFile(root, 'app://bundle/assets/a.js')).toBe(`${root}/assets/a.js`)
    expect(resolveBundleFile(root, 'app://bundle/../../etc/passwd')).toBe(`${root}/etc/passwd`)
    // The URL parser folds dot segments, so these stay inside the bundle...
    expect(resolveBundleFile(root, 'app://bundle/%2e%2e/%2e%2e/etc/passwd')).toBe(
      `${root}/etc/passwd`,
    )
    // ...and an encoded slash that would climb out after decoding is refused.
    expect(resolveBundleFile(root, 'app://bundle/..%2f..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveBundleFile(root, 'app://other/index.html')).toBeNull()
  })
})

describe('navigation guards', () => {
  function guarded() {
    const emitter = new EventEmitter()
    const opened: string[] = []
    let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' })
    let permission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    const contents = {
      on: (name: string, fn: (...args: unknown[]) => void) => emitter.on(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => {
        openHandler = fn
      },
      session: {
        setPermissionRequestHandler: (fn: typeof permission) => {
          permission = fn
        },
      },
    } as unknown as GuardedContents
    guardContents(contents, (url) => {
      opened.push(url)
      return Promise.resolve()
    })
    const navigate = (url: string) => {
      let prevented = false
      emitter.emit('will-navigate', { preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    return { navigate, openHandler: (url: string) => openHandler({ url }), opened, permission }
  }

  it('block navigation away from the bundle and allow it inside', () => {
    const g = guarded()
    expect(g.navigate('https://evil.example/')).toBe(true)
    expect(g.navigate('file:///etc/passwd')).toBe(true)
    expect(g.navigate('app://bundle/index.html#/settings')).toBe(false)
  })

  it('deny every new window; an https link goes to the system browser', () => {
    const g = guarded()
    expect(g.openHandler('https://instagram.com/ava')).toEqual({ action: 'deny' })
    expect(g.openHandler('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(g.opened).toEqual(['https://instagram.com/ava'])
  })

  it('deny every permission request', () => {
    const g = guarded()
    let answer: boolean | undefined
    g.permission?.(null, 'media', (ok) => (answer = ok))
    expect(answer).toBe(false)
  })
})
