import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'
import { createYjsBridge, type SaveState, type YjsBridge } from './yjs-bridge.ts'

export interface DocumentBody {
  /** The body, once loaded; the editor binds to it. */
  doc: Y.Doc | null
  loadError: string | null
  save: SaveState
  /** Why colleagues' latest edits could not be read in (the text shown may be behind). */
  pullError: string | null
  /** Stores queued edits now (before a status change, an export, or on demand); says how it went. */
  flush: () => Promise<SaveState>
  /** Reads in what main has that the editor lacks (after restoring a version). */
  pull: () => Promise<void>
  reload: () => void
}

const idle: SaveState = { pending: false, error: null }

/**
 * One document's body as a Y.Doc kept in step with main: loaded whole, edits stored
 * through the bridge, colleagues' edits read in when main reports new `document_updates`.
 * Queued edits are stored when the person pauses, leaves the page, the window loses focus
 * or the page unloads; a failed store keeps them for the next try.
 */
export function useDocumentBody(id: string): DocumentBody {
  const [doc, setDoc] = useState<Y.Doc | null>(null)
  const [bridge, setBridge] = useState<YjsBridge | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [save, setSave] = useState<SaveState>(idle)
  const [pullError, setPullError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const body = new Y.Doc()
    let alive = true
    const sync = createYjsBridge(
      body,
      {
        send: async (update) => {
          const { keptAs } = await crm('documents.edit', { id, update })
          if (!keptAs) return
          // Main kept these words as a version (the text was approved meanwhile): say where,
          // and show the body as main holds it.
          notifications.show({
            color: 'yellow',
            title: 'Your last words were kept as a version',
            message: `The document moved on while you typed, so they did not join its text. Open Versions to find “${keptAs}”.`,
            autoClose: false,
          })
          if (alive) setAttempt((n) => n + 1)
        },
        fetch: async (since) =>
          (await crm('documents.body', since ? { id, since } : { id })).update,
      },
      { onState: setSave },
    )
    const pull = () =>
      sync.pull().then(
        () => alive && setPullError(null),
        (e: unknown) => alive && setPullError(errorText(e)),
      )
    sync.load().then(
      () => {
        if (!alive) return
        setDoc(body)
        setBridge(sync)
      },
      (e: unknown) => alive && setLoadError(errorText(e)),
    )
    const stopWatching = window.crm.onChange((event) => {
      if (event.tables.includes('document_updates')) void pull()
    })
    const flushNow = () => void sync.flush()
    window.addEventListener('blur', flushNow)
    window.addEventListener('beforeunload', flushNow)
    return () => {
      alive = false
      stopWatching()
      window.removeEventListener('blur', flushNow)
      window.removeEventListener('beforeunload', flushNow)
      setDoc(null)
      setBridge(null)
      setSave(idle)
      // Leaving the page stores what is queued; only then does the body stop listening.
      void sync.flush().finally(() => {
        sync.destroy()
        body.destroy()
      })
    }
  }, [id, attempt])

  return {
    doc,
    loadError,
    save,
    pullError,
    flush: async () => {
      if (!bridge) return idle
      await bridge.flush()
      return bridge.state()
    },
    pull: async () => {
      if (!bridge) return
      try {
        await bridge.pull()
        setPullError(null)
      } catch (e) {
        setPullError(errorText(e))
      }
    },
    reload: () => {
      setLoadError(null)
      setAttempt((n) => n + 1)
    },
  }
}
