import type { Session } from '#shared/sync/protocol'
import { ServerError, type SyncApi } from './api-client.ts'
import type { SecretStore } from './secret-store.ts'

/** Refresh this long before the access token expires, so a request never carries a dead one. */
const marginMs = 30_000

/**
 * The signed-in session of this device: the access token in memory only, the refresh
 * token in the secret store. Refreshes are single-flight, since the server revokes a whole
 * session when one refresh token is presented twice (a stolen copy looks exactly so).
 */
export class AuthSession {
  #access: { token: string; expiresAt: number } | null = null
  #refreshing: Promise<string> | null = null
  #closed = false

  constructor(
    readonly api: SyncApi,
    private readonly secrets: SecretStore,
    private readonly now: () => number,
  ) {}

  /** Takes a fresh session: the refresh token is stored before anything uses the access token. */
  adopt(session: Session): void {
    this.secrets.write(session.refreshToken)
    this.#access = {
      token: session.accessToken,
      expiresAt: this.now() + session.expiresIn * 1000,
    }
  }

  hasRefreshToken(): boolean {
    return this.secrets.read() !== null
  }

  async accessToken(): Promise<string> {
    if (this.#access && this.#access.expiresAt - marginMs > this.now()) return this.#access.token
    return this.refresh()
  }

  /** After a 401 on a request: the token died early (sign-out everywhere, suspension). */
  invalidate(token: string): void {
    if (this.#access?.token === token) this.#access = null
  }

  refresh(): Promise<string> {
    if (!this.#refreshing) {
      this.#refreshing = this.#refreshOnce().finally(() => {
        this.#refreshing = null
      })
    }
    return this.#refreshing
  }

  async #refreshOnce(): Promise<string> {
    const refreshToken = this.secrets.read()
    if (!refreshToken || this.#closed)
      throw new ServerError(401, 'invalid_refresh_token', 'Sign in again to sync')
    const session = await this.api.refresh(refreshToken)
    // Signed out or replaced by another account meanwhile: this answer is no one's now.
    if (this.#closed) throw new ServerError(401, 'session_revoked', 'Signed out')
    this.adopt(session)
    return session.accessToken
  }

  /** This session is over here (sign-out, another account): late answers change nothing. */
  close(): void {
    this.#closed = true
    this.#access = null
  }

  /** Ends the session on the server when it can be reached; forgets it here either way. */
  async signOut(): Promise<void> {
    const refreshToken = this.secrets.read()
    this.secrets.clear()
    this.close()
    if (refreshToken) await this.api.signOut(refreshToken).catch(() => undefined)
  }

  /**
   * Makes way for a new session: over here at once, ended on the server in the background
   * (best effort). The secret store is left to the new session.
   */
  retire(): void {
    const refreshToken = this.secrets.read()
    this.close()
    if (refreshToken) void this.api.signOut(refreshToken).catch(() => undefined)
  }

  /** Forgets the session here only (the server already ended it). */
  forget(): void {
    this.secrets.clear()
    this.#access = null
  }
}
