import * as Y from 'yjs'
import { errorText } from '../../lib/error-text.ts'
import { base64ToBytes, bytesToBase64 } from './base64.ts'

/**
 * The origin updates from main are applied with. The editor's own edits carry TipTap's
 * origin; anything from main is already stored there and must never be sent back.
 */
export const mainOrigin = 'main'

export interface SaveState {
  /** Edits main has not stored yet: waiting for the pause in typing, or on their way. */
  pending: boolean
  /** Why the last attempt to store them failed. They are kept and go with the next try. */
  error: string | null
}

/** How the bridge reaches main: `documents.edit` and `documents.body`, in base64. */
export interface BridgeIo {
  send: (update: string) => Promise<unknown>
  /** The body main holds: whole, or only what a replica with the state vector `since` lacks. */
  fetch: (since?: string) => Promise<string>
}

export interface YjsBridge {
  /** Fills the document with the body main holds. */
  load: () => Promise<void>
  /** Brings in what main has that this document lacks (colleagues' edits arriving by sync). */
  pull: () => Promise<void>
  /** Stores every queued edit now, as one update; resolves when that attempt is over. */
  flush: () => Promise<void>
  state: () => SaveState
  /** Stops listening. Call after a last `flush()`: queued edits are not sent after this. */
  destroy: () => void
}

/**
 * Keeps a Y.Doc and main's append-only history in step. Every local edit is queued; after
 * `delayMs` without typing the queue goes to main as ONE merged update (fewer rows, same
 * result: Yjs updates merge). A failed send puts the edits back at the head of the queue,
 * so no keystroke is lost: they go again with the next flush. Sends never overlap, so
 * main receives edits in the order they were made.
 */
export function createYjsBridge(
  doc: Y.Doc,
  io: BridgeIo,
  { delayMs = 300, onState }: { delayMs?: number; onState?: (state: SaveState) => void } = {},
): YjsBridge {
  let queue: Uint8Array[] = []
  let sending = false
  let error: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let chain: Promise<void> = Promise.resolve()

  const state = (): SaveState => ({ pending: sending || queue.length > 0, error })
  const report = () => onState?.(state())

  const sendQueued = async () => {
    if (queue.length === 0) return
    const taken = queue
    queue = []
    const merged = taken.length === 1 ? taken[0]! : Y.mergeUpdates(taken)
    sending = true
    report()
    try {
      await io.send(bytesToBase64(merged))
      error = null
    } catch (e) {
      // Edits made while this one was on its way stay behind it, in order.
      queue.unshift(merged)
      error = errorText(e)
    } finally {
      sending = false
      report()
    }
  }

  const flush = () => {
    clearTimeout(timer)
    chain = chain.then(sendQueued)
    return chain
  }

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === mainOrigin) return
    queue.push(update)
    report()
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), delayMs)
  }
  doc.on('update', onUpdate)

  const apply = (update: string) => {
    if (update) Y.applyUpdate(doc, base64ToBytes(update), mainOrigin)
  }

  return {
    load: async () => apply(await io.fetch()),
    pull: async () => apply(await io.fetch(bytesToBase64(Y.encodeStateVector(doc)))),
    flush,
    state,
    destroy: () => {
      clearTimeout(timer)
      doc.off('update', onUpdate)
    },
  }
}
