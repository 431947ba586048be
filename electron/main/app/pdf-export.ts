import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, session } from 'electron'

/**
 * Prints a self-contained page to PDF in a hidden, sandboxed window with scripts off: the
 * page is our own HTML (letterhead and the document's escaped text) and may load nothing
 * but itself.
 */
export async function printPdfWithElectron(html: string): Promise<Uint8Array> {
  // From a file of its own, not a data: URL: Chromium caps URLs near 2 MB, long contracts not.
  const folder = await mkdtemp(path.join(os.tmpdir(), 'crm-pdf-'))
  const page = path.join(folder, 'document.html')
  await writeFile(page, html, { mode: 0o600 })
  const pageUrl = pathToFileURL(page).href
  // Its own in-memory session: the network block below must not touch the app window's.
  const pdfSession = session.fromPartition('pdf-export')
  pdfSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: details.url !== pageUrl }),
  )
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      session: pdfSession,
    },
  })
  try {
    await win.loadFile(page)
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    })
  } finally {
    win.destroy()
    await rm(folder, { recursive: true, force: true })
  }
}

/** The system's save dialog, starting in the user's Documents folder. */
export async function chooseSavePath(suggestedName: string): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const options = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  }
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}
