import type { WebContents } from 'electron'
import { isAppUrl } from './app-origin.ts'

/** The parts of WebContents the guards use, so they can be exercised without Electron. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'> & {
  session: Pick<WebContents['session'], 'setPermissionRequestHandler'>
}

/**
 * The window shows our bundle and nothing else: navigation away, webviews and new windows
 * are refused, and so is every permission (camera, notifications...) a page might ask for.
 * An https link a user clicks opens in their browser instead.
 */
export function guardContents(
  contents: GuardedContents,
  openExternal: (url: string) => Promise<void>,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void openExternal(url)
    return { action: 'deny' }
  })
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
}
