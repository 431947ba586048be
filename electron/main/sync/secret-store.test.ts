import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileSecretStore } from './secret-store.ts'

const store = () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'crm-secret-')), 'session.bin')
  return { file, secrets: new FileSecretStore(file) }
}

describe('the sealed secret file', () => {
  it('gives back what was stored, and the file does not show it', () => {
    const { file, secrets } = store()
    expect(secrets.read()).toBeNull()
    secrets.write('refresh-token-1234567890')
    expect(secrets.read()).toBe('refresh-token-1234567890')
    expect(readFileSync(file).toString('latin1')).not.toContain('refresh-token')
    secrets.clear()
    expect(secrets.read()).toBeNull()
  })

  it('reads a tampered file as no secret (sign in again), never as a crash', () => {
    const { file, secrets } = store()
    secrets.write('refresh-token')
    const sealed = readFileSync(file)
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 1) ^ 0xff, sealed.length - 1)
    writeFileSync(file, sealed)
    expect(secrets.read()).toBeNull()
    writeFileSync(file, 'short')
    expect(secrets.read()).toBeNull()
  })
})
