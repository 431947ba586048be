import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openMainLog } from './main-log.ts'
import { describeError, redact } from './redact.ts'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-log-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const jwt =
  'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEiLCJvcmciOiJvcmctMSJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU'

describe('redact', () => {
  it.each([
    [
      'an Authorization header',
      'request failed; Authorization: Bearer abc.def.ghi123456',
      'abc.def',
    ],
    ['a bearer token alone', 'sent bearer s3cr3t-access-token-value', 's3cr3t-access'],
    ['a refresh token in JSON', '{"refreshToken":"rt_9f8e7d6c5b4a","user":"ana"}', 'rt_9f8e7d'],
    ['a password in JSON', `{ 'password': 'hunter2!', email: 'ana@x.test' }`, 'hunter2'],
    ['a password with escaped quotes', '{"password":"a\\"b\\"c-secret"}', 'c-secret'],
    ['a numeric secret', '{"apiKey": 12345678}', '12345678'],
    [
      'a token in a query string',
      'GET https://sync.test/v1/shape?table=x&token=q1w2e3r4&live=true',
      'q1w2e3r4',
    ],
    [
      'a signing password in an env dump',
      'CSC_KEY_PASSWORD=p@ss-w0rd CSC_LINK=/certs/me.p12',
      'p@ss-w0rd',
    ],
    ['a quoted env value', 'APPLE_APP_SPECIFIC_PASSWORD="abcd-efgh-ijkl"', 'abcd-efgh'],
    ['credentials in a URL', 'connect postgres://crm:db-pass-42@db.internal/crm', 'db-pass-42'],
    ['a bare JWT', `server answered ${jwt}`, 'eyJhbGciOiJFUzI1NiJ9'],
    ['a cookie header', 'Cookie: session=abcdef123456; theme=dark', 'abcdef123456'],
  ])('removes %s', (_name, text, secret) => {
    const out = redact(text)
    expect(out).not.toContain(secret)
    expect(out).toContain('[redacted]')
  })

  it('keeps what support needs to read', () => {
    const text = 'sync.push failed after 3 tries: ECONNREFUSED 127.0.0.1:4400 (12 changes waiting)'
    expect(redact(text)).toBe(text)
    expect(redact('Authorization: Bearer abcdefgh12345')).toBe('Authorization: [redacted]')
    expect(redact('{"email":"ana@x.test","password":"pw-123"}')).toBe(
      '{"email":"ana@x.test","password":"[redacted]"}',
    )
  })

  it('redacts an error message, its stack and its cause', () => {
    const cause = new Error(`token=${'z'.repeat(12)} rejected`)
    const error = Object.assign(new Error('sign-in failed with password: letmein99', { cause }), {
      code: 'EAUTH',
    })
    const text = describeError(error)
    expect(text).toContain('sign-in failed')
    expect(text).toContain('code: EAUTH')
    expect(text).toContain('cause: Error: token=[redacted] rejected')
    expect(text).not.toContain('letmein99')
    expect(text).not.toContain('zzzzzzzzzzzz')
    expect(describeError({ refresh_token: 'abc-123-def' })).not.toContain('abc-123-def')
  })
})

describe('the main log file', () => {
  it('writes errors with their stack to <data>/logs/main.log, with no secret in them', () => {
    const dir = tempDir()
    const log = openMainLog(dir, { echo: false, now: () => new Date('2026-11-25T12:00:00Z') })
    log.info('started 0.1.0')
    log.error('sync.signIn failed', new Error(`server said {"accessToken":"${jwt}"}`))
    expect(log.file).toBe(path.join(dir, 'logs', 'main.log'))
    const text = readFileSync(log.file, 'utf8')
    expect(text).toMatch(/^2026-11-25T12:00:00.000Z INFO started 0\.1\.0\n/)
    expect(text).toContain('2026-11-25T12:00:00.000Z ERROR sync.signIn failed: Error: server said')
    expect(text).toMatch(/\n {4,}at /) // the stack, indented under its entry
    expect(text).not.toContain(jwt)
  })

  it('rotates at the size cap and keeps only the last few files', () => {
    const dir = tempDir()
    const log = openMainLog(dir, { echo: false, maxBytes: 2_000, keep: 2 })
    for (let n = 0; n < 200; n++) log.warn(`entry ${n} ${'x'.repeat(80)}`)
    const files = readdirSync(path.join(dir, 'logs')).sort()
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.log'])
    for (const file of files)
      expect(statSync(path.join(dir, 'logs', file)).size).toBeLessThanOrEqual(2_000)
    // The newest entry is in main.log, the ones just before it in main.1.log.
    expect(readFileSync(log.file, 'utf8')).toContain('entry 199 ')
    const previous = readFileSync(path.join(dir, 'logs', 'main.1.log'), 'utf8')
    const last = Number(/entry (\d+) x+\n$/.exec(previous)?.[1])
    expect(readFileSync(log.file, 'utf8')).toContain(`entry ${last + 1} `)
    expect(existsSync(path.join(dir, 'logs', 'main.3.log'))).toBe(false)
  })
})
