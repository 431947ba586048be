import { useCallback, useMemo, useState } from 'react'
import type { InfluencerRow } from '#shared/contract/index'

/**
 * Which loaded rows are ticked. A new search or filter starts a new selection: acting on
 * people the user can no longer see would surprise them.
 */
export function useRowSelection(rows: readonly InfluencerRow[], scope: string) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [selectedIn, setSelectedIn] = useState(scope)
  if (selectedIn !== scope) {
    setSelectedIn(scope)
    setSelected(new Set())
  }

  // Only rows still listed count: someone removed meanwhile is not acted on.
  const ids = useMemo(
    () => rows.filter((r) => selected.has(r.id)).map((r) => r.id),
    [rows, selected],
  )

  const toggle = useCallback(
    (id: string) =>
      setSelected((current) => {
        const next = new Set(current)
        if (!next.delete(id)) next.add(id)
        return next
      }),
    [],
  )
  const allSelected = rows.length > 0 && ids.length === rows.length
  const toggleAll = useCallback(
    () => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id))),
    [allSelected, rows],
  )
  const clear = useCallback(() => setSelected(new Set()), [])

  return { selected, ids, allSelected, toggle, toggleAll, clear }
}

export type RowSelection = ReturnType<typeof useRowSelection>
