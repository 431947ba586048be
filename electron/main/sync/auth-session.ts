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
    this.#refreshing ??= (async () => {
      try {
        const refreshToken = this.secrets.read()
        if (!refreshToken)
          throw new ServerError(401, 'invalid_refresh_token', 'Sign in again to sync')
        const session = await this.api.refresh(refreshToken)
        this.adopt(session)
        return session.accessToken
      } finally {
        this.#refreshing = null
      }
    })()
    return this.#refreshing
  }

  /** Ends the session on the server when it can be reached; forgets it here either way. */
  async signOut(): Promise<void> {
    const refreshToken = this.secrets.read()
    this.secrets.clear()
    this.#access = null
    if (refreshToken) await this.api.signOut(refreshToken).catch(() => undefined)
  }

  /** Forgets the session here only (the server already ended it). */
  forget(): void {
    this.secrets.clear()
    this.#access = null
  }
}
