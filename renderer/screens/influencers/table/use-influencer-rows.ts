import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Input, InfluencerRow } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'

/** The list call without its window: which rows, in which order. */
export type ListQuery = Omit<Input<'influencers.list'>, 'limit' | 'offset'>

/** The contract's largest page: few calls, and each one still quick. */
export const pageSize = 500

/** What the table shows and re-reads on: influencers, their cards, their accounts (platform filter). */
const watchedTables = ['influencers', 'influencer_relationships', 'influencer_accounts']

interface Answer {
  key: string
  pages: InfluencerRow[][]
  total: number
  error?: Error
}

export interface InfluencerRows {
  rows: InfluencerRow[]
  /** How many match, loaded or not; undefined before the first answer. */
  total: number | undefined
  error: Error | undefined
  /** True while the answer for the current query has not arrived (older rows stay shown). */
  loading: boolean
  hasMore: boolean
  /** Reads the next page; calls while one is on its way are ignored. */
  loadMore: () => void
  reload: () => void
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

/**
 * The influencer list, a page at a time, as the user scrolls. A change to the tables it
 * shows re-reads every page already loaded, so the rows stay where the user is.
 */
export function useInfluencerRows(query: ListQuery): InfluencerRows {
  const key = JSON.stringify(query)
  const [answer, setAnswer] = useState<Answer>({ key: '', pages: [], total: 0 })
  const latest = useRef(0)
  const loadedPages = useRef(0)
  const loadingMore = useRef(false)

  const read = useCallback(
    (pageCount: number) => {
      const ticket = ++latest.current
      const base = JSON.parse(key) as ListQuery
      const pages = Array.from({ length: pageCount }, (_, n) =>
        crm('influencers.list', { ...base, limit: pageSize, offset: n * pageSize }),
      )
      Promise.all(pages).then(
        (answers) => {
          if (ticket !== latest.current) return
          loadedPages.current = pageCount
          setAnswer({ key, pages: answers.map((a) => a.rows), total: answers.at(-1)?.total ?? 0 })
        },
        (error: unknown) => {
          if (ticket === latest.current)
            setAnswer((previous) => ({ ...previous, key, error: asError(error) }))
        },
      )
    },
    [key],
  )

  useEffect(() => {
    read(1)
    const watched = new Set(watchedTables)
    return window.crm.onChange((event) => {
      if (event.tables.some((t) => watched.has(t))) read(Math.max(1, loadedPages.current))
    })
  }, [read])

  const current = answer.key === key && !answer.error
  const loaded = answer.pages.length
  const hasMore = current && loaded * pageSize < answer.total

  const loadMore = useCallback(() => {
    if (!hasMore || loadingMore.current) return
    loadingMore.current = true
    // A re-read started meanwhile brings its own pages; this one then arrives too late to count.
    const ticket = latest.current
    const base = JSON.parse(key) as ListQuery
    crm('influencers.list', { ...base, limit: pageSize, offset: loaded * pageSize })
      .then(
        (page) => {
          if (ticket !== latest.current) return
          loadedPages.current = loaded + 1
          setAnswer((previous) =>
            previous.key === key && previous.pages.length === loaded
              ? { key, pages: [...previous.pages, page.rows], total: page.total }
              : previous,
          )
        },
        (error: unknown) => {
          if (ticket === latest.current)
            setAnswer((previous) => ({ ...previous, error: asError(error) }))
        },
      )
      .finally(() => {
        loadingMore.current = false
      })
  }, [hasMore, key, loaded])

  // Rows shift between pages when someone is added meanwhile; each person shows once.
  const rows = useMemo(() => {
    const seen = new Set<string>()
    return answer.pages.flat().filter((row) => !seen.has(row.id) && !!seen.add(row.id))
  }, [answer.pages])

  return {
    rows,
    total: answer.key === '' ? undefined : answer.total,
    error: answer.key === key ? answer.error : undefined,
    loading: answer.key !== key,
    hasMore,
    loadMore,
    reload: () => read(Math.max(1, loadedPages.current)),
  }
}
