import { z } from 'zod'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { InfluencerFilters } from '#shared/contract/index'
import {
  defaultQuery,
  defaultSort,
  SavedView,
  TableQuery,
  type TableSort,
} from './influencer-table-query.ts'

/** Views every workspace starts with; they cannot be renamed or deleted. */
export const builtInViews: readonly SavedView[] = [
  { id: 'builtin:all', name: 'All influencers', ...defaultQuery },
  {
    id: 'builtin:follow-ups',
    name: 'Follow-ups due',
    filters: { followUpDue: true },
    search: '',
    sort: defaultSort,
  },
  {
    id: 'builtin:recent',
    name: 'Recently added',
    filters: {},
    search: '',
    sort: { by: 'created', dir: 'desc' },
  },
  {
    id: 'builtin:engaged',
    name: 'Most engaged',
    filters: {},
    search: '',
    sort: { by: 'engagement', dir: 'desc' },
  },
]
const allView = builtInViews[0]!

export const isBuiltIn = (id: string) => id.startsWith('builtin:')

interface InfluencerTableState {
  query: TableQuery
  /** The user's own views, in the order they were saved. */
  views: SavedView[]
  activeViewId: string
  setSearch: (search: string) => void
  /** What the filter bar emits: its filters and its search box. */
  setFilters: (filters: InfluencerFilters) => void
  setSort: (sort: TableSort) => void
  /** Drops search and filters, keeping the order: the way out of "nothing matches". */
  clearNarrowing: () => void
  applyView: (id: string) => void
  /** Saves what the table shows now under `name` and makes it the active view. */
  saveView: (name: string) => SavedView
  /** Overwrites a view with what the table shows now. */
  updateView: (id: string) => void
  renameView: (id: string, name: string) => void
  deleteView: (id: string) => SavedView | undefined
  /** Puts a deleted view back where it was (undo). */
  restoreView: (view: SavedView, index: number) => void
}

const queryOf = ({ filters, search, sort }: TableQuery): TableQuery => ({ filters, search, sort })

const newViewId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `view-${Date.now()}-${Math.random().toString(36).slice(2)}`

/** What is kept in localStorage. */
interface Persisted {
  query: TableQuery
  views: SavedView[]
  activeViewId: string
}

/**
 * Reads back what localStorage held through zod, one piece at a time: a damaged view (or
 * one whose ranges no longer pass) is dropped without taking the others with it.
 */
function readPersisted(stored: unknown): Partial<Persisted> {
  const raw = z
    .object({ query: z.unknown(), views: z.array(z.unknown()), activeViewId: z.string() })
    .partial()
    .safeParse(stored)
  if (!raw.success) return {}
  const query = TableQuery.safeParse(raw.data.query)
  const views = (raw.data.views ?? []).flatMap((v) => {
    const view = SavedView.safeParse(v)
    return view.success ? [view.data] : []
  })
  return {
    ...(query.success ? { query: query.data } : {}),
    views,
    ...(raw.data.activeViewId ? { activeViewId: raw.data.activeViewId } : {}),
  }
}

export const influencerTableStorageKey = 'crm.influencer-table'

export const useInfluencerTableStore = create<InfluencerTableState>()(
  persist(
    (set, get) => ({
      query: defaultQuery,
      views: [],
      activeViewId: allView.id,
      setSearch: (search) => set((s) => ({ query: { ...s.query, search } })),
      // The filter bar holds the search box too; the view keeps it apart, as `search`.
      setFilters: ({ search = '', ...filters }) =>
        set((s) => ({ query: { ...s.query, filters, search } })),
      setSort: (sort) => set((s) => ({ query: { ...s.query, sort } })),
      clearNarrowing: () => set((s) => ({ query: { ...s.query, filters: {}, search: '' } })),
      applyView: (id) => {
        const view = findView(get(), id)
        if (view) set({ query: queryOf(view), activeViewId: view.id })
      },
      saveView: (name) => {
        const view: SavedView = { id: newViewId(), name: name.trim(), ...queryOf(get().query) }
        set((s) => ({ views: [...s.views, view], activeViewId: view.id }))
        return view
      },
      updateView: (id) =>
        set((s) => ({
          views: s.views.map((v) => (v.id === id ? { ...v, ...queryOf(s.query) } : v)),
        })),
      renameView: (id, name) =>
        set((s) => ({
          views: s.views.map((v) => (v.id === id ? { ...v, name: name.trim() } : v)),
        })),
      deleteView: (id) => {
        const view = get().views.find((v) => v.id === id)
        set((s) => ({
          views: s.views.filter((v) => v.id !== id),
          activeViewId: s.activeViewId === id ? allView.id : s.activeViewId,
        }))
        return view
      },
      restoreView: (view, index) =>
        set((s) => {
          if (s.views.some((v) => v.id === view.id)) return s
          const views = [...s.views]
          views.splice(Math.min(index, views.length), 0, view)
          return { views, activeViewId: view.id, query: queryOf(view) }
        }),
    }),
    {
      name: influencerTableStorageKey,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): Persisted => ({
        query: s.query,
        views: s.views,
        activeViewId: s.activeViewId,
      }),
      merge: (stored, current) => ({ ...current, ...readPersisted(stored) }),
    },
  ),
)

export function findView(
  state: Pick<InfluencerTableState, 'views'>,
  id: string,
): SavedView | undefined {
  return builtInViews.find((v) => v.id === id) ?? state.views.find((v) => v.id === id)
}

/** The active view, falling back to "All influencers" if it was deleted elsewhere. */
export const activeView = (state: Pick<InfluencerTableState, 'views' | 'activeViewId'>) =>
  findView(state, state.activeViewId) ?? allView

/** A name nobody else uses, compared the way people read names (case and spaces ignored). */
export function viewNameTaken(
  state: Pick<InfluencerTableState, 'views'>,
  name: string,
  exceptId?: string,
): boolean {
  const wanted = name.trim().toLocaleLowerCase()
  return [...builtInViews, ...state.views].some(
    (v) => v.id !== exceptId && v.name.trim().toLocaleLowerCase() === wanted,
  )
}

/** The store as a fresh install has it (tests). */
export function resetInfluencerTable(): void {
  useInfluencerTableStore.setState({ query: defaultQuery, views: [], activeViewId: allView.id })
}
