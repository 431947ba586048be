import path from 'node:path'

/**
 * The renderer is served from a custom, privileged scheme instead of file://, so it has a
 * real origin: CSP 'self' means the bundle and nothing else, and IPC can check who calls.
 */
export const appScheme = 'app'
export const appHost = 'bundle'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/** True only for a page of our own bundle; a frame from anywhere else may not call IPC. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost
  } catch {
    return false
  }
}

/** Maps an app:// URL to a file inside the bundle folder, or null when it would step outside. */
export function resolveBundleFile(bundleDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null
  const { pathname } = new URL(url)
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname)
  const root = path.resolve(bundleDir)
  const file = path.resolve(root, `.${relative}`)
  return file.startsWith(root + path.sep) ? file : null
}
