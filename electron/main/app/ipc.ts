import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron'
import { channels, events, fail } from '#shared/contract/index'
import type { Core } from '../core/start-core.ts'
import { isAppUrl } from './app-origin.ts'

const trusted = (frame: WebFrameMain | null) => frame !== null && isAppUrl(frame.url)

/** One handler per contract channel; calls from any frame that is not our bundle are refused. */
export function registerIpc(core: Core, windows: () => BrowserWindow[]): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!trusted(event.senderFrame)) {
        return fail({ code: 'forbidden', message: 'This page may not use the CRM.' })
      }
      return core.dispatch(channel, input)
    })
  }
  const stopChanges = core.onChange((change) => {
    for (const win of windows()) win.webContents.send(events.changed, change)
  })
  const stopProgress = core.onProgress((progress) => {
    for (const win of windows()) win.webContents.send(events.progress, progress)
  })
  return () => {
    stopChanges()
    stopProgress()
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
