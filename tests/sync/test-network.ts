import type { FetchLike } from '#main/sync/api-client'
import { schemaVersionHeader } from '#shared/sync/protocol'

/** Faults the network may inject, each a probability per request. */
export interface FaultRates {
  /** The request never reaches the server. */
  lostRequest: number
  /** The server handles the request; its answer never arrives. */
  lostResponse: number
  /** The request reaches the server twice; the second answer is used. */
  duplicate: number
  /** A copy of the request is kept and delivered again later, out of order. */
  replayLater: number
  /** The answer is held back for up to this many ms. */
  maxDelayMs: number
  /** The app crashes after the server answered and before the app read the answer. */
  crash: number
}

/**
 * What happens to the answer of one push (`POST /v1/push`) after the server handled it:
 * lost on the way back, or held until the promise settles (a slow wire), so a test can put
 * a pull or a colleague's change exactly between the server's write and the app's reading.
 */
export type PushAnswerFate = 'lose' | Promise<unknown>

/**
 * The wire between a test desktop and the sync service: a real fetch to 127.0.0.1 that
 * can be cut (dropping held live requests as a lost connection would) and can lose,
 * duplicate, reorder and delay requests from a seeded random source, or the answers of
 * chosen pushes on a test's script (`pushAnswers`).
 */
export class TestNetwork {
  #online = true
  readonly #inFlight = new Set<AbortController>()
  readonly #replays: { url: string; init: RequestInit | undefined }[] = []
  faults: (FaultRates & { random: () => number }) | null = null
  /** Requests sent, for tests that check the engine stayed quiet while offline. */
  requests = 0
  /** Called for the crash fault: the test stops the app there and starts it again. */
  onCrash: (() => void) | null = null
  /** Makes every request claim this data schema version, as an old app would. */
  pretendSchemaVersion: number | null = null
  /** The fates of the next pushes' answers, in order; pushes past the list go through. */
  readonly pushAnswers: PushAnswerFate[] = []

  get online(): boolean {
    return this.#online
  }

  setOnline(online: boolean): void {
    this.#online = online
    if (!online)
      for (const controller of this.#inFlight) controller.abort(new TypeError('network down'))
  }

  #asOldApp(init: RequestInit | undefined): RequestInit | undefined {
    const version = this.pretendSchemaVersion
    if (version === null) return init
    const headers = new Headers(init?.headers)
    headers.set(schemaVersionHeader, String(version))
    const body =
      typeof init?.body === 'string' && init.body.includes('"schemaVersion"')
        ? JSON.stringify({ ...(JSON.parse(init.body) as object), schemaVersion: version })
        : init?.body
    return { ...init, headers, ...(body === undefined ? {} : { body }) }
  }

  readonly fetch: FetchLike = async (url, requested) => {
    if (!this.#online) throw new TypeError('fetch failed: the network is down')
    const init = this.#asOldApp(requested)
    this.requests++
    const f = this.faults
    const roll = (p: number) => f !== null && p > 0 && f.random() < p
    if (f && roll(f.lostRequest)) throw new TypeError('fetch failed: request lost')
    const controller = new AbortController()
    this.#inFlight.add(controller)
    const signal = init?.signal
      ? AbortSignal.any([init.signal, controller.signal])
      : controller.signal
    const send = () => fetch(url, { ...init, signal })
    const fate =
      init?.method === 'POST' && new URL(url).pathname === '/v1/push'
        ? this.pushAnswers.shift()
        : undefined
    try {
      if (f && roll(f.replayLater) && init?.method === 'POST') this.#replays.push({ url, init })
      // A stored request from earlier arrives now, before this one.
      if (f && this.#replays.length > 0 && roll(0.5)) {
        const old = this.#replays.shift()!
        await fetch(old.url, { ...old.init, signal: controller.signal })
          .then((r) => r.text())
          .catch(() => undefined)
      }
      let response = await send()
      if (f && roll(f.duplicate)) {
        await response.text().catch(() => undefined)
        response = await send()
      }
      if (fate !== undefined) {
        const body = await response.arrayBuffer()
        if (fate === 'lose') throw new TypeError('fetch failed: response lost')
        await fate
        response = new Response(body, { status: response.status, headers: response.headers })
      }
      if (f && f.maxDelayMs > 0)
        await new Promise((r) => setTimeout(r, Math.floor(f.random() * f.maxDelayMs)))
      if (f && roll(f.lostResponse)) {
        await response.text().catch(() => undefined)
        throw new TypeError('fetch failed: response lost')
      }
      if (f && this.onCrash && roll(f.crash)) {
        await response.text().catch(() => undefined)
        this.onCrash()
        throw new TypeError('fetch failed: the app crashed')
      }
      if (!this.#online) throw new TypeError('fetch failed: the network is down')
      // Read the body now, so a cut after this point cannot tear it.
      const body = await response.arrayBuffer()
      return new Response(body, { status: response.status, headers: response.headers })
    } finally {
      this.#inFlight.delete(controller)
    }
  }
}
