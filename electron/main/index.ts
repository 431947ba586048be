import path from 'node:path'
import { app, BrowserWindow, dialog, Menu, shell } from 'electron'
import type { AppIntent } from '#shared/contract/index'
import { appEntryUrl } from './app/app-origin.ts'
import { startAutoUpdate } from './app/auto-update.ts'
import { deepLinkInArgv, deepLinkScheme, parseDeepLink } from './app/deep-link.ts'
import { guardContents } from './app/guards.ts'
import { registerIpc } from './app/ipc.ts'
import { menuTemplate } from './app/menu-template.ts'
import { nativeBindingPath } from './app/native-binding.ts'
import { chooseSavePath, printPdfWithElectron } from './app/pdf-export.ts'
import { registerAppScheme, serveBundle } from './app/protocol.ts'
import { SafeStorageSecretStore } from './app/safe-storage-store.ts'
import { windowOptions } from './app/window-options.ts'
import { startCore, type Core } from './core/start-core.ts'
import { openMainLog } from './logging/main-log.ts'
import { checkAndTell } from './update/manual-check.ts'

// The thin Electron shell: everything stateful is startCore(), plain Node tested without Electron.
registerAppScheme()
app.enableSandbox()

// One app, one window, no tray: a second launch (a crm:// link, say) hands over and quits.
if (!app.requestSingleInstanceLock()) app.quit()
else startShell()

function startShell(): void {
  const dataDir = app.getPath('userData')
  // Opened first, so that even a start that fails is on file for the user to send.
  const log = openMainLog(dataDir)
  log.info(`Influencer CRM ${app.getVersion()} starting (Electron ${process.versions.electron})`)
  // Logged, then Electron's own behaviour: main keeps running (every write is transactional).
  process.on('uncaughtException', (error) => log.error('Uncaught exception in main', error))
  process.on('unhandledRejection', (reason) => log.error('Unhandled rejection in main', reason))

  let core: Core | undefined
  const waiting: AppIntent[] = []

  function createWindow(): BrowserWindow {
    const win = new BrowserWindow(
      windowOptions(path.join(import.meta.dirname, '../preload/index.cjs')),
    )
    win.once('ready-to-show', () => win.show())
    void win.loadURL(appEntryUrl)
    return win
  }

  function focusWindow(): void {
    // Before the core is up the first window is not made yet; it will show when it is.
    if (!core) return
    const win = BrowserWindow.getAllWindows()[0] ?? createWindow()
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
  }

  /** A request for the renderer: queued in the core (the window may still be loading). */
  function send(intent: AppIntent): void {
    if (core) core.intents.push(intent)
    else waiting.push(intent)
    focusWindow()
  }

  function openLink(link: string): void {
    const intent = parseDeepLink(link)
    if (intent) send(intent)
    else log.warn(`Ignored a link that is not crm://influencer/<id>: ${link.slice(0, 200)}`)
  }

  // From source, the OS must be told to start Electron with this app's folder.
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(deepLinkScheme, process.execPath, [
      path.resolve(process.argv[1]),
    ])
  } else {
    app.setAsDefaultProtocolClient(deepLinkScheme)
  }
  // macOS hands links to the running app (also the one it starts for the link).
  app.on('open-url', (event, url) => {
    event.preventDefault()
    openLink(url)
  })
  // Windows and Linux start a second instance with the link in its arguments.
  app.on('second-instance', (_event, argv) => {
    const link = deepLinkInArgv(argv)
    if (link) openLink(link)
    else focusWindow()
  })
  const launchLink = deepLinkInArgv(process.argv)
  if (launchLink) openLink(launchLink)

  // Every web contents, the window's and any other, gets the same guards.
  app.on('web-contents-created', (_event, contents) =>
    guardContents(contents, (url) => shell.openExternal(url)),
  )

  void app.whenReady().then(() => {
    const appPath = app.getAppPath()
    const updates = startAutoUpdate(
      {
        isPackaged: app.isPackaged,
        version: app.getVersion(),
        productName: app.getName(),
        resourcesPath: process.resourcesPath,
        execPath: process.execPath,
      },
      log,
    )
    try {
      core = startCore({
        dataDir,
        log,
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
        updates,
        appVersion: app.getVersion(),
      })
    } catch (error) {
      log.error('The database could not be opened', error)
      dialog.showErrorBox(
        'Influencer CRM could not open its database',
        `${error instanceof Error ? error.message : String(error)}\n\nYour data was not changed. Details are in ${log.file}.`,
      )
      app.exit(1)
      return
    }
    const started = core
    for (const intent of waiting.splice(0)) started.intents.push(intent)
    app.on('will-quit', () => {
      updates.stop()
      started.close()
    })

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, appName: app.name },
          {
            send,
            updatesEnabled: updates.status().state !== 'disabled',
            checkForUpdates: () =>
              checkAndTell(updates, (message) => {
                const [win] = BrowserWindow.getAllWindows()
                const box = { type: 'info' as const, message, buttons: ['OK'] }
                void (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box))
              }),
            showLogFile: () => shell.showItemInFolder(log.file),
            openDataFolder: () => void shell.openPath(dataDir),
          },
        ),
      ),
    )
    registerIpc(started, () => BrowserWindow.getAllWindows())
    serveBundle(path.join(import.meta.dirname, '../renderer'))
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
