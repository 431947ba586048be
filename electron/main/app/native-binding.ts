import path from 'node:path'

export interface NativeBindingPlace {
  isPackaged: boolean
  appPath: string
  resourcesPath: string
  electronVersion: string
}

/**
 * Where Electron's own build of better-sqlite3 lives. From source it is the folder
 * scripts/electron-native.mjs fills; packaged, electron-builder copies it to resources.
 * node_modules keeps the Node build, so tests and the test host never need a rebuild.
 */
export function nativeBindingPath(place: NativeBindingPlace): string {
  return place.isPackaged
    ? path.join(place.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(
        place.appPath,
        '.electron-native',
        place.electronVersion,
        'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      )
}
