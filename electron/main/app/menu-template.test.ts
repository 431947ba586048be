import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { AppIntent } from '#shared/contract/index'
import { menuTemplate, type MenuActions } from './menu-template.ts'

function actions(updatesEnabled = true) {
  const sent: AppIntent[] = []
  const calls: string[] = []
  const a: MenuActions = {
    send: (intent) => sent.push(intent),
    checkForUpdates: () => calls.push('check'),
    updatesEnabled,
    showLogFile: () => calls.push('log'),
    openDataFolder: () => calls.push('data'),
  }
  return { a, sent, calls }
}

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[]
const find = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((i) => i.label === label)
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.()

describe('the native menu', () => {
  it('has File, Edit, View, Window and Help with the standard roles (Windows, Linux)', () => {
    const { a } = actions()
    const menu = menuTemplate({ isMac: false, isPackaged: true, appName: 'Influencer CRM' }, a)
    expect(menu.map((m) => m.label ?? m.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ])
    expect(submenu(menu[0]).at(-1)?.role).toBe('quit')
    const view = submenu(menu[2]).map((i) => i.role)
    expect(view).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    )
    // An installed build offers no DevTools or reload.
    expect(view).not.toContain('toggleDevTools')
    expect(submenu(menu[4]).map((i) => i.role ?? i.label)).toContain('about')
  })

  it('puts the app menu first on macOS, with About, Check for Updates and Quit', () => {
    const { a } = actions()
    const menu = menuTemplate({ isMac: true, isPackaged: false, appName: 'Influencer CRM' }, a)
    expect(menu[0]?.label).toBe('Influencer CRM')
    const appMenu = submenu(menu[0]).map((i) => i.role ?? i.label)
    expect(appMenu).toEqual(expect.arrayContaining(['about', 'Check for Updates…', 'hide', 'quit']))
    expect(submenu(find(menu, 'File')).at(-1)?.role).toBe('close')
    expect(submenu(find(menu, 'View')).map((i) => i.role)).toContain('toggleDevTools')
  })

  it('sends the renderer its requests and shows shortcuts it does not register twice', () => {
    const { a, sent, calls } = actions()
    const menu = menuTemplate({ isMac: false, isPackaged: true, appName: 'Influencer CRM' }, a)
    const log = find(submenu(menu[0]), 'Log Interaction…')
    expect(log).toMatchObject({ accelerator: 'CmdOrCtrl+L', registerAccelerator: false })
    click(log)
    const help = submenu(menu[4])
    click(find(help, 'Keyboard Shortcuts'))
    click(find(help, 'Check for Updates…'))
    click(find(help, 'Show Log File'))
    click(find(submenu(menu[0]), 'Open Data Folder'))
    expect(sent).toEqual([{ kind: 'log-interaction' }, { kind: 'show-shortcuts' }])
    expect(calls).toEqual(['check', 'log', 'data'])
  })

  it('greys out Check for Updates when updates are off', () => {
    const { a } = actions(false)
    const menu = menuTemplate({ isMac: false, isPackaged: true, appName: 'Influencer CRM' }, a)
    expect(find(submenu(menu[4]), 'Check for Updates…')?.enabled).toBe(false)
  })
})
