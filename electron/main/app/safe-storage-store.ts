import { existsSync, readFileSync, rmSync } from 'node:fs'
import { safeStorage } from 'electron'
import { writeAtomically, type SecretStore } from '../sync/secret-store.ts'

/**
 * The refresh token sealed with Electron's safeStorage: the key lives in the OS keychain
 * (Keychain, DPAPI, libsecret), so the file alone is useless on another machine. Where
 * no keychain is available the token is not stored at all and the user signs in per run,
 * rather than keeping it in the clear.
 */
export class SafeStorageSecretStore implements SecretStore {
  constructor(private readonly file: string) {}

  read(): string | null {
    if (!existsSync(this.file) || !safeStorage.isEncryptionAvailable()) return null
    try {
      return safeStorage.decryptString(readFileSync(this.file))
    } catch {
      return null
    }
  }

  write(secret: string): void {
    if (!safeStorage.isEncryptionAvailable()) return
    writeAtomically(this.file, safeStorage.encryptString(secret))
  }

  clear(): void {
    rmSync(this.file, { force: true })
  }
}
