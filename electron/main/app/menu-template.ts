import type { MenuItemConstructorOptions } from 'electron'
import type { AppIntent } from '#shared/contract/index'

export interface MenuActions {
  /** Hands a request to the renderer (it opens the dialog, shows the help). */
  send(intent: AppIntent): void
  checkForUpdates(): void
  /** Whether updates run here; when not, the menu item is greyed out. */
  updatesEnabled: boolean
  showLogFile(): void
  openDataFolder(): void
}

export interface MenuPlace {
  isMac: boolean
  /** DevTools and reload are for people running from source, not for installed builds. */
  isPackaged: boolean
  appName: string
}

/**
 * The native menus: File, Edit, View, Window, Help with the platform's standard roles, and
 * the app's own items. Shortcuts the renderer already handles (Mod+L, ?) are shown but not
 * registered here, so a key press is not handled twice.
 */
export function menuTemplate(place: MenuPlace, actions: MenuActions): MenuItemConstructorOptions[] {
  const shownOnly = (accelerator: string) => ({ accelerator, registerAccelerator: false })
  const updates: MenuItemConstructorOptions = {
    label: 'Check for Updates…',
    enabled: actions.updatesEnabled,
    click: () => actions.checkForUpdates(),
  }
  return [
    ...(place.isMac
      ? [
          {
            label: place.appName,
            submenu: [
              { role: 'about' },
              updates,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Log Interaction…',
          ...shownOnly('CmdOrCtrl+L'),
          click: () => actions.send({ kind: 'log-interaction' }),
        },
        { type: 'separator' },
        { label: 'Open Data Folder', click: () => actions.openDataFolder() },
        { type: 'separator' },
        place.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(place.isPackaged
          ? []
          : ([
              { role: 'reload' },
              { role: 'forceReload' },
              { role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Keyboard Shortcuts',
          ...shownOnly('?'),
          click: () => actions.send({ kind: 'show-shortcuts' }),
        },
        ...(place.isMac ? [] : [updates]),
        { type: 'separator' },
        { label: 'Show Log File', click: () => actions.showLogFile() },
        ...(place.isMac
          ? []
          : ([{ type: 'separator' }, { role: 'about' }] satisfies MenuItemConstructorOptions[])),
      ],
    },
  ]
}
