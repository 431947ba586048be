import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds } from '../testing/database.ts'
import {
  errorOf,
  password,
  SessionBody,
  startAuthFixture,
  type AuthFixture,
} from './test-support.ts'

describe.each(databaseKinds)('auth on %s', (kind) => {
  let f: AuthFixture
  beforeAll(async () => {
    f = await startAuthFixture(kind)
  })
  afterAll(() => f.close())
  afterEach(() => f.clock.reset())

  const me = (token?: string) => f.client.get('/v1/auth/me', token)
  const refresh = (refreshToken: string) => f.client.post('/v1/auth/refresh', { refreshToken })

  describe('sign-in', () => {
    it('answers tokens that work, the user and their permissions; the email in any case', async () => {
      const session = await f.client.signIn(f.adminEmail.toUpperCase(), password, 'Ada’s laptop')
      expect(session.user).toEqual({
        id: f.adminId,
        orgId: f.orgId,
        email: f.adminEmail,
        name: 'Ada Admin',
      })
      expect(session.expiresIn).toBe(900)
      expect(session.permissions).toContain('user.manage')
      expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/)

      const reply = await me(session.accessToken)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({ user: session.user, permissions: session.permissions })

      const [row] = await f.db.sql.query<{ last_login: Date | null }>(
        `select last_login from users where id = $1`,
        [f.adminId],
      )
      expect(row?.last_login).toBeInstanceOf(Date)
    })

    it('answers a wrong password and an unknown email alike', async () => {
      const wrong = await f.client.post('/v1/auth/sign-in', {
        email: f.adminEmail,
        password: 'not the password at all',
      })
      const unknown = await f.client.post('/v1/auth/sign-in', {
        email: 'nobody@nowhere.test',
        password,
      })
      expect(wrong.status).toBe(401)
      expect(unknown.status).toBe(401)
      expect(errorOf(wrong).code).toBe('invalid_credentials')
      expect(wrong.body).toEqual(unknown.body)
    })

    it('stores an argon2id hash, never the password, and never sends it to devices', async () => {
      const [row] = await f.db.sql.query<{ password_hash: string }>(
        `select password_hash from users where id = $1`,
        [f.adminId],
      )
      expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
      expect(row?.password_hash).not.toContain(password)
      const logged = await f.db.sql.query<{ row: unknown }>(
        `select row from change_log where table_name = 'users' and row_id = $1`,
        [f.adminId],
      )
      expect(logged.length).toBeGreaterThan(0)
      expect(JSON.stringify(logged)).not.toContain('argon2')
    })

    it('refuses a suspended or removed user with 403, after checking the password', async () => {
      const { userId, email } = await f.addUser('member')
      await f.db.sql.query(`update users set status = 'suspended' where id = $1`, [userId])
      const suspended = await f.client.post('/v1/auth/sign-in', { email, password })
      expect(suspended.status).toBe(403)
      expect(errorOf(suspended).code).toBe('account_suspended')
      // The wrong password tells nothing about the account's state.
      const guessed = await f.client.post('/v1/auth/sign-in', { email, password: 'x'.repeat(12) })
      expect(errorOf(guessed).code).toBe('invalid_credentials')

      await f.db.sql.query(`update users set status = 'deleted' where id = $1`, [userId])
      const removed = await f.client.post('/v1/auth/sign-in', { email, password })
      expect(errorOf(removed).code).toBe('account_suspended')
    })

    it('names the wrong field of a malformed body with 400 invalid_request', async () => {
      const badEmail = await f.client.post('/v1/auth/sign-in', { email: 'ada', password })
      expect(badEmail.status).toBe(400)
      expect(errorOf(badEmail).code).toBe('invalid_request')
      expect(errorOf(badEmail).message).toContain('email')

      const noPassword = await f.client.post('/v1/auth/sign-in', { email: f.adminEmail })
      expect(errorOf(noPassword).code).toBe('invalid_request')
      expect(errorOf(noPassword).message).toContain('password')

      const noToken = await f.client.post('/v1/auth/refresh', { token: 'x' })
      expect(noToken.status).toBe(400)
      expect(errorOf(noToken).message).toContain('refreshToken')

      const notJson = await f.client.request('POST', '/v1/auth/sign-in', { rawBody: '{"email":' })
      expect(notJson.status).toBe(400)
      expect(errorOf(notJson).message).toBeTruthy()
    })
  })

  describe('access tokens', () => {
    it('refuses a missing, malformed or forged token with 401 unauthenticated', async () => {
      const session = await f.client.signIn(f.adminEmail)
      const [header, payload] = session.accessToken.split('.')
      const forged = `${header}.${payload}.${'A'.repeat(43)}`
      const lowerCase = await f.client.request('GET', '/v1/auth/me', {
        headers: { authorization: `bearer ${session.accessToken}` },
      })
      expect(lowerCase.status).toBe(200)
      for (const token of [undefined, 'not-a-jwt', forged]) {
        const reply = await me(token)
        expect(reply.status).toBe(401)
        expect(errorOf(reply).code).toBe('unauthenticated')
        expect(errorOf(reply).message).toContain('sign in again')
      }
    })

    it('expire after accessTokenTtlSeconds; the refresh token still gets a new one', async () => {
      const session = await f.client.signIn(f.adminEmail)
      f.clock.advance(899_000)
      expect((await me(session.accessToken)).status).toBe(200)
      f.clock.advance(2_000)
      const expired = await me(session.accessToken)
      expect(expired.status).toBe(401)
      expect(errorOf(expired).code).toBe('unauthenticated')

      const renewed = SessionBody.parse((await refresh(session.refreshToken)).body)
      expect((await me(renewed.accessToken)).status).toBe(200)
    })

    it('are refused for a suspended user even while valid: 403 account_suspended', async () => {
      const { userId, email } = await f.addUser('member')
      const session = await f.client.signIn(email)
      // Suspended behind the API's back: no session was revoked, the status alone refuses.
      await f.db.sql.query(`update users set status = 'suspended' where id = $1`, [userId])
      const reply = await me(session.accessToken)
      expect(reply.status).toBe(403)
      expect(errorOf(reply).code).toBe('account_suspended')
      const refused = await refresh(session.refreshToken)
      expect(refused.status).toBe(403)
      expect(errorOf(refused).code).toBe('account_suspended')

      await f.db.sql.query(`update users set status = 'active' where id = $1`, [userId])
      expect((await me(session.accessToken)).status).toBe(200)
    })

    it('carry the permissions of the roles held now, not at sign-in', async () => {
      const { userId, email } = await f.addUser('viewer')
      const session = await f.client.signIn(email)
      expect(session.permissions).toEqual(['report.view'])
      await f.db.sql.query(`update user_roles set deleted_at = now() where user_id = $1`, [userId])
      const reply = await me(session.accessToken)
      expect(reply.body).toMatchObject({ permissions: [] })
    })
  })

  describe('refresh', () => {
    it('rotates: a new pair, and the old refresh token is spent', async () => {
      const first = await f.client.signIn(f.adminEmail)
      const rotated = await refresh(first.refreshToken)
      expect(rotated.status).toBe(200)
      const second = SessionBody.parse(rotated.body)
      expect(second.refreshToken).not.toBe(first.refreshToken)
      expect(second.user.id).toBe(f.adminId)
      expect((await me(second.accessToken)).status).toBe(200)
      // The access token issued before the rotation stays good until it expires.
      expect((await me(first.accessToken)).status).toBe(200)

      const reused = await refresh(first.refreshToken)
      expect(reused.status).toBe(401)
      expect(errorOf(reused).code).toBe('refresh_token_reused')

      // Reuse ended the whole chain: the newer refresh token and every access token.
      const after = await refresh(second.refreshToken)
      expect(after.status).toBe(401)
      expect(errorOf(after).code).toBe('session_revoked')
      expect((await me(second.accessToken)).status).toBe(401)
      expect((await me(first.accessToken)).status).toBe(401)
    })

    it('lets only one of two simultaneous refreshes with one token win, then ends the chain', async () => {
      const session = await f.client.signIn(f.adminEmail)
      const replies = await Promise.all([
        refresh(session.refreshToken),
        refresh(session.refreshToken),
      ])
      const statuses = replies.map((r) => r.status).sort()
      expect(statuses).toEqual([200, 401])
      const winner = SessionBody.parse(replies.find((r) => r.status === 200)?.body)
      const loser = replies.find((r) => r.status === 401)
      expect(loser && errorOf(loser).code).toBe('refresh_token_reused')
      expect((await refresh(winner.refreshToken)).status).toBe(401)
    })

    it('keeps the device name and stores only the token’s hash', async () => {
      const session = await f.client.signIn(f.adminEmail, password, 'Studio iMac')
      const rotated = SessionBody.parse((await refresh(session.refreshToken)).body)
      const rows = await f.db.sql.query<{ token_hash: string; device_name: string }>(
        `select token_hash, device_name from refresh_tokens where user_id = $1`,
        [f.adminId],
      )
      const all = JSON.stringify(rows)
      expect(all).not.toContain(session.refreshToken)
      expect(all).not.toContain(rotated.refreshToken)
      expect(rows.filter((r) => r.device_name === 'Studio iMac')).toHaveLength(2)
    })

    it('refuses an unknown token and an expired session', async () => {
      const unknown = await refresh('x'.repeat(43))
      expect(unknown.status).toBe(401)
      expect(errorOf(unknown).code).toBe('invalid_refresh_token')

      const session = await f.client.signIn(f.adminEmail)
      f.clock.advance(31 * 86_400_000)
      const expired = await refresh(session.refreshToken)
      expect(expired.status).toBe(401)
      expect(errorOf(expired).code).toBe('session_expired')
    })

    it('slides: each refresh gives the session refreshTokenTtlDays more', async () => {
      const session = await f.client.signIn(f.adminEmail)
      f.clock.advance(20 * 86_400_000)
      const next = SessionBody.parse((await refresh(session.refreshToken)).body)
      f.clock.advance(20 * 86_400_000)
      expect((await refresh(next.refreshToken)).status).toBe(200)
    })
  })

  describe('sign-out', () => {
    it('ends the session: its refresh and access tokens stop working', async () => {
      const session = await f.client.signIn(f.adminEmail)
      const other = await f.client.signIn(f.adminEmail)
      const reply = await f.client.post('/v1/auth/sign-out', { refreshToken: session.refreshToken })
      expect(reply.status).toBe(204)
      expect((await me(session.accessToken)).status).toBe(401)
      expect((await refresh(session.refreshToken)).status).toBe(401)
      // Another device's session is untouched.
      expect((await me(other.accessToken)).status).toBe(200)
      // Signing out twice, or with a token nobody knows, is still a success.
      const again = await f.client.post('/v1/auth/sign-out', { refreshToken: session.refreshToken })
      expect(again.status).toBe(204)
    })

    it('everywhere: every session of the user ends at once', async () => {
      const { email } = await f.addUser('manager')
      const laptop = await f.client.signIn(email)
      const desktop = await f.client.signIn(email)
      const reply = await f.client.post(
        '/v1/auth/sign-out-everywhere',
        undefined,
        laptop.accessToken,
      )
      expect(reply.status).toBe(204)
      for (const session of [laptop, desktop]) {
        const denied = await me(session.accessToken)
        expect(denied.status).toBe(401)
        expect(errorOf(denied).code).toBe('unauthenticated')
        const refused = await refresh(session.refreshToken)
        expect(refused.status).toBe(401)
        expect(errorOf(refused).code).toBe('session_revoked')
      }
      // A new sign-in works again.
      expect((await me((await f.client.signIn(email)).accessToken)).status).toBe(200)
    })

    it('everywhere needs a valid access token', async () => {
      const reply = await f.client.post('/v1/auth/sign-out-everywhere')
      expect(reply.status).toBe(401)
    })
  })
})

describe.each(databaseKinds)('sign-in rate limit on %s', (kind) => {
  let f: AuthFixture
  beforeAll(async () => {
    f = await startAuthFixture(kind, { signInAttemptsPerMinute: 3 })
  })
  afterAll(() => f.close())

  it('answers 429 rate_limited after the allowed attempts for one email', async () => {
    const attempt = (email: string) =>
      f.client.post('/v1/auth/sign-in', { email, password: 'wrong password here' })
    for (let i = 0; i < 3; i++) expect((await attempt(f.adminEmail)).status).toBe(401)
    const limited = await attempt(f.adminEmail.toUpperCase())
    expect(limited.status).toBe(429)
    expect(errorOf(limited).code).toBe('rate_limited')
    expect(errorOf(limited).message).toMatch(/wait .+ and try again/)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // Even the right password waits: the limit is on attempts, not on failures.
    const right = await f.client.post('/v1/auth/sign-in', { email: f.adminEmail, password })
    expect(right.status).toBe(429)
    // Another email from the same address is counted apart.
    expect((await attempt('someone@else.test')).status).toBe(401)
  })
})

describe.each(databaseKinds)('auth logging on %s', (kind) => {
  let f: AuthFixture
  beforeAll(async () => {
    f = await startAuthFixture(kind, { logLevel: 'info' })
  })
  afterAll(() => f.close())

  it('writes no password and no token to the log', async () => {
    const session = await f.client.signIn(f.adminEmail)
    await f.client.post('/v1/auth/sign-in', { email: f.adminEmail, password: `${password}!` })
    const rotated = SessionBody.parse(
      (await f.client.post('/v1/auth/refresh', { refreshToken: session.refreshToken })).body,
    )
    await f.client.get('/v1/auth/me', rotated.accessToken)
    await f.client.post('/v1/auth/sign-out', { refreshToken: rotated.refreshToken })

    const text = f.logLines.join('')
    expect(text).toContain('/v1/auth/sign-in')
    for (const secret of [
      password,
      session.refreshToken,
      session.accessToken,
      rotated.refreshToken,
      rotated.accessToken,
    ]) {
      expect(text).not.toContain(secret)
    }
  })
})
