import { randomBytes } from 'node:crypto'
import type { LocalDb } from '#db/sqlite/open'
import { formatHlc, parseHlc, tickHlc, type Hlc, type HlcState } from '#shared/sync/hlc'

/** This device's row of device_state, made on first open with a new device id. */
export function ensureDeviceState(db: LocalDb): { deviceId: string; hlc: string | null } {
  const sqlite = db.$client
  const found = sqlite.prepare('select device_id as deviceId, hlc from device_state').get() as
    { deviceId: string; hlc: string | null } | undefined
  if (found) return found
  // Base-36, so it fits an HLC stamp's node part and reads well in the server's audit log.
  const deviceId = `d${BigInt(`0x${randomBytes(10).toString('hex')}`).toString(36)}`
  sqlite.prepare('insert into device_state (id, device_id) values (1, ?)').run(deviceId)
  return { deviceId, hlc: null }
}

/**
 * The device's hybrid logical clock. Every local change gets a stamp later than every
 * stamp this device made or saw before, across restarts (the last one is stored with
 * the write that used it), so on one field "the later edit wins" means the same thing
 * on every replica and on the server.
 */
export class DeviceClock {
  #state: HlcState
  readonly #save

  constructor(
    db: LocalDb,
    private readonly now: () => number,
  ) {
    const { deviceId, hlc } = ensureDeviceState(db)
    this.#state = hlc ? { ...parseHlc(hlc), node: deviceId } : { ms: 0, counter: 0, node: deviceId }
    this.#save = db.$client.prepare('update device_state set hlc = ? where id = 1')
  }

  get deviceId(): string {
    return this.#state.node
  }

  /** A new stamp, stored at once (callers are inside the write's transaction). */
  stamp(): Hlc {
    this.#state = tickHlc(this.#state, this.now())
    const stamp = formatHlc(this.#state)
    this.#save.run(stamp)
    return stamp
  }

  /**
   * Folds in the time of a change seen from the server, so a device whose wall clock is
   * behind still stamps its next edit after what it has seen.
   */
  observe(ms: number): void {
    if (ms > this.#state.ms) this.#state = { ms, counter: 0, node: this.#state.node }
  }
}
