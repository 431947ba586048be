import path from 'node:path'
import { app, BrowserWindow, dialog, session } from 'electron'

/**
 * Prints a self-contained page to PDF in a hidden, sandboxed window with scripts off: the
 * page is our own HTML (letterhead and the document's escaped text) and may load nothing.
 */
export async function printPdfWithElectron(html: string): Promise<Uint8Array> {
  // Its own in-memory session: the network block below must not touch the app window's.
  const pdfSession = session.fromPartition('pdf-export')
  pdfSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith('data:') }),
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
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    })
  } finally {
    win.destroy()
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
