import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { bodyField, bodyFromUpdates, bodyText, newBodyUpdate } from '#shared/documents/body'
import { base64ToBytes, bytesToBase64 } from './base64.ts'
import { createYjsBridge, mainOrigin, type SaveState } from './yjs-bridge.ts'

/**
 * Main as `documents.edit` and `documents.body` behave: an append-only list of updates,
 * read whole or as the difference from a state vector. Real Yjs on both sides.
 */
function fakeMain(first: string) {
  const history: Uint8Array[] = [newBodyUpdate(first)]
  let failures: string[] = []
  return {
    history,
    failNext: (...messages: string[]) => (failures = messages),
    text: () => bodyText(bodyFromUpdates(history)),
    io: {
      send: vi.fn((update: string) => {
        const refusal = failures.shift()
        if (refusal) return Promise.reject(new Error(refusal))
        history.push(base64ToBytes(update))
        return Promise.resolve({ id: 'd' })
      }),
      fetch: vi.fn((since?: string) => {
        const whole = Y.mergeUpdates(history)
        return Promise.resolve(
          bytesToBase64(since ? Y.diffUpdate(whole, base64ToBytes(since)) : whole),
        )
      }),
    },
  }
}

/** Types at the end of the first block's text, as the editor would. */
const typeAtEnd = (doc: Y.Doc, text: string) => {
  const block = doc.getXmlFragment(bodyField).get(0) as Y.XmlElement
  const node = block.get(0) as Y.XmlText
  node.insert(node.length, text)
}

afterEach(() => vi.useRealTimers())

describe('the editor’s Yjs bridge', () => {
  it('loads the body and sends nothing back of what main already has', async () => {
    const main = fakeMain('# Creator agreement\nThe fee is $4,000.')
    const doc = new Y.Doc()
    const bridge = createYjsBridge(doc, main.io)
    await bridge.load()
    expect(bodyText(doc)).toBe('Creator agreement\nThe fee is $4,000.')
    await bridge.flush()
    expect(main.io.send).not.toHaveBeenCalled()
    expect(bridge.state()).toEqual({ pending: false, error: null })
  })

  it('sends a burst of keystrokes as one update after the pause', async () => {
    vi.useFakeTimers()
    const main = fakeMain('Hello')
    const doc = new Y.Doc()
    const states: SaveState[] = []
    const bridge = createYjsBridge(doc, main.io, { delayMs: 300, onState: (s) => states.push(s) })
    await bridge.load()
    for (const key of [' w', 'o', 'r', 'l', 'd']) {
      typeAtEnd(doc, key)
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(main.io.send).not.toHaveBeenCalled()
    expect(bridge.state().pending).toBe(true)
    await vi.advanceTimersByTimeAsync(300)
    expect(main.io.send).toHaveBeenCalledTimes(1)
    expect(main.text()).toBe('Hello world')
    expect(bridge.state()).toEqual({ pending: false, error: null })
    expect(states.at(-1)).toEqual({ pending: false, error: null })
  })

  it('keeps the edits when main refuses them and sends them all with the next flush', async () => {
    const main = fakeMain('Fee')
    const doc = new Y.Doc()
    const bridge = createYjsBridge(doc, main.io, { delayMs: 10_000 })
    await bridge.load()
    typeAtEnd(doc, ': $4,000')
    main.failNext('The disk is full')
    await bridge.flush()
    expect(bridge.state()).toEqual({ pending: true, error: 'The disk is full' })
    expect(main.text()).toBe('Fee')

    typeAtEnd(doc, ' a month')
    await bridge.flush()
    expect(bridge.state()).toEqual({ pending: false, error: null })
    expect(main.io.send).toHaveBeenCalledTimes(2)
    // One row for both: the refused edit and the newer one, merged.
    expect(main.history).toHaveLength(2)
    expect(main.text()).toBe('Fee: $4,000 a month')
  })

  it('brings in a colleague’s edits without sending them back, and both keep their words', async () => {
    const main = fakeMain('# Brief\nThe plan.')
    const mine = new Y.Doc()
    const bridge = createYjsBridge(mine, main.io, { delayMs: 10_000 })
    await bridge.load()

    // A colleague drafted offline from the same start; their edit arrives by sync.
    const theirs = bodyFromUpdates(main.history)
    const before = Y.encodeStateVector(theirs)
    ;((theirs.getXmlFragment(bodyField).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(
      0,
      'Ben: ',
    )
    main.history.push(Y.encodeStateAsUpdate(theirs, before))

    // Meanwhile I typed something not sent yet.
    typeAtEnd(mine, ' (Ana)')
    await bridge.pull()
    expect(bodyText(mine)).toBe('Brief (Ana)\nBen: The plan.')
    const sentBefore = main.io.send.mock.calls.length
    await bridge.flush()
    expect(main.io.send.mock.calls.length).toBe(sentBefore + 1)
    expect(main.text()).toBe('Brief (Ana)\nBen: The plan.')
    // What went to main was only my edit: pulling asked for the difference alone.
    expect(main.io.fetch).toHaveBeenLastCalledWith(expect.any(String))
  })

  it('ignores updates applied with main’s origin and stops listening when destroyed', async () => {
    const main = fakeMain('One')
    const doc = new Y.Doc()
    const bridge = createYjsBridge(doc, main.io, { delayMs: 10_000 })
    Y.applyUpdate(doc, newBodyUpdate('Two'), mainOrigin)
    expect(bridge.state().pending).toBe(false)
    bridge.destroy()
    typeAtEnd(doc, '!')
    await bridge.flush()
    expect(main.io.send).not.toHaveBeenCalled()
  })
})

describe('base64 without Node', () => {
  it('round-trips bytes of every value, and big updates too', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all)
    const big = new Uint8Array(70_000).map((_, i) => (i * 7) % 256)
    const text = bytesToBase64(big)
    expect(bytesToBase64(Uint8Array.of(0, 1, 2, 253, 254, 255))).toBe('AAEC/f7/')
    expect(base64ToBytes(text)).toEqual(big)
    expect(base64ToBytes('')).toEqual(new Uint8Array())
  })
})
