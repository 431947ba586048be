import path from 'node:path'
import { app, BrowserWindow, dialog, shell } from 'electron'
import { appEntryUrl } from './app/app-origin.ts'
import { guardContents } from './app/guards.ts'
import { registerIpc } from './app/ipc.ts'
import { nativeBindingPath } from './app/native-binding.ts'
import { registerAppScheme, serveBundle } from './app/protocol.ts'
import { SafeStorageSecretStore } from './app/safe-storage-store.ts'
import { windowOptions } from './app/window-options.ts'
import { startCore, type Core } from './core/start-core.ts'
import { chooseSavePath, printPdfWithElectron } from './app/pdf-export.ts'

// The thin Electron shell: everything stateful is startCore(), plain Node tested without Electron.
registerAppScheme()
app.enableSandbox()

if (!app.requestSingleInstanceLock()) app.quit()

let core: Core | undefined

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(
    windowOptions(path.join(import.meta.dirname, '../preload/index.cjs')),
  )
  win.once('ready-to-show', () => win.show())
  void win.loadURL(appEntryUrl)
  return win
}

// Every web contents, the window's and any other, gets the same guards.
app.on('web-contents-created', (_event, contents) =>
  guardContents(contents, (url) => shell.openExternal(url)),
)

app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows()
  if (win) {
    if (win.isMinimized()) win.restore()
    win.focus()
  }
})

void app.whenReady().then(() => {
  const appPath = app.getAppPath()
  try {
    const dataDir = app.getPath('userData')
    core = startCore({
      dataDir,
      secrets: new SafeStorageSecretStore(path.join(dataDir, 'session.sealed')),
      migrationsFolder: path.join(appPath, 'db/migrations/sqlite'),
      nativeBinding: nativeBindingPath({
        isPackaged: app.isPackaged,
        appPath,
        resourcesPath: process.resourcesPath,
        electronVersion: process.versions.electron,
      }),
      demoInfluencers: 200,
      openFile: (file) => shell.openPath(file),
      printPdf: printPdfWithElectron,
      chooseSavePath,
    })
  } catch (error) {
    dialog.showErrorBox(
      'Influencer CRM could not open its database',
      `${error instanceof Error ? error.message : String(error)}\n\nYour data was not changed.`,
    )
    app.exit(1)
    return
  }
  registerIpc(core, () => BrowserWindow.getAllWindows())
  serveBundle(path.join(import.meta.dirname, '../renderer'))
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('will-quit', () => core?.close())
