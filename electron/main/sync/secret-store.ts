import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

/**
 * Where the refresh token lives between runs: encrypted at rest, only ever in main. The
 * app uses Electron's safeStorage (the OS keychain's key; electron/main/app); tests and
 * the browser test host use FileSecretStore below.
 */
export interface SecretStore {
  read(): string | null
  write(secret: string): void
  clear(): void
}

/** Writes through a temporary file and a rename, so a crash never leaves half a secret. */
export function writeAtomically(file: string, bytes: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, bytes, { mode: 0o600 })
  renameSync(temporary, file)
}

/**
 * AES-256-GCM with a key kept in its own file (mode 0600) beside the secret: what the test
 * host has instead of an OS keychain. A tampered or unreadable file reads as no secret,
 * which means "sign in again", never a crash.
 */
export class FileSecretStore implements SecretStore {
  constructor(
    private readonly file: string,
    private readonly keyFile = `${file}.key`,
  ) {}

  #key(create: boolean): Buffer | null {
    if (existsSync(this.keyFile)) return readFileSync(this.keyFile)
    if (!create) return null
    const key = randomBytes(32)
    writeAtomically(this.keyFile, key)
    return key
  }

  read(): string | null {
    if (!existsSync(this.file)) return null
    const key = this.#key(false)
    if (!key) return null
    try {
      const sealed = readFileSync(this.file)
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
      decipher.setAuthTag(sealed.subarray(12, 28))
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString(
        'utf8',
      )
    } catch {
      return null
    }
  }

  write(secret: string): void {
    const key = this.#key(true)!
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv)
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
    writeAtomically(this.file, Buffer.concat([iv, cipher.getAuthTag(), body]))
  }

  clear(): void {
    rmSync(this.file, { force: true })
  }
}
