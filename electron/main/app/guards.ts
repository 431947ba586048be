import { shell, type WebContents } from 'electron'
import { isAppUrl } from './app-origin.ts'

/**
 * The window shows our bundle and nothing else: navigation away and new windows are
 * refused. An https link a user clicks opens in their browser instead.
 */
export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
}
