import { useCallback, useEffect, useRef, useState } from 'react'
import type { InteractionRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { pageTables } from './page-tables.ts'

export const timelinePage = 25

export interface Timeline {
  rows: InteractionRow[] | undefined
  error: Error | undefined
  /** The last page came back full: there may be older ones. */
  hasOlder: boolean
  loadingOlder: boolean
  loadOlder: () => void
  reload: () => void
}

/**
 * The timeline newest first, a page at a time with `before`. Every page loaded so far is
 * read again when interactions change, so a call logged anywhere (or a delete, or an undo)
 * shows at once without losing the older pages the user opened.
 */
export function useTimeline(influencerId: string): Timeline {
  // Each older page starts just after the oldest row already shown (+1 ms), so rows that
  // share that instant are read again rather than skipped; duplicates are dropped by id.
  const [cursors, setCursors] = useState<string[]>([])
  const [pages, setPages] = useState<InteractionRow[][]>()
  const [error, setError] = useState<Error>()
  const [loadingOlder, setLoadingOlder] = useState(false)
  const latest = useRef(0)

  const load = useCallback(() => {
    const ticket = ++latest.current
    const reads = [undefined, ...cursors].map((before) =>
      crm('interactions.timeline', {
        influencerId,
        limit: timelinePage,
        ...(before ? { before } : {}),
      }),
    )
    Promise.all(reads).then(
      (answers) => {
        if (ticket !== latest.current) return
        setPages(answers)
        setError(undefined)
        setLoadingOlder(false)
      },
      (e: unknown) => {
        if (ticket !== latest.current) return
        setError(e instanceof Error ? e : new Error(String(e)))
        setLoadingOlder(false)
      },
    )
  }, [influencerId, cursors])

  useEffect(() => {
    load()
    const watched = new Set<string>(pageTables.timeline)
    return window.crm.onChange((event) => {
      if (event.tables.some((t) => watched.has(t))) load()
    })
  }, [load])

  const rows = pages ? mergePages(pages) : undefined
  const lastPage = pages?.at(-1)
  const oldest = rows?.at(-1)

  return {
    rows,
    error,
    hasOlder: !!lastPage && lastPage.length === timelinePage,
    loadingOlder,
    loadOlder: () => {
      if (!oldest) return
      setLoadingOlder(true)
      setCursors((c) => [...c, new Date(Date.parse(oldest.interactionDate) + 1).toISOString()])
    },
    reload: load,
  }
}

/** Pages overlap by design; each row once, newest first. */
export function mergePages(pages: InteractionRow[][]): InteractionRow[] {
  const seen = new Set<string>()
  const rows: InteractionRow[] = []
  for (const row of pages.flat()) {
    if (seen.has(row.id)) continue
    seen.add(row.id)
    rows.push(row)
  }
  return rows.sort(
    (a, b) => b.interactionDate.localeCompare(a.interactionDate) || b.id.localeCompare(a.id),
  )
}
