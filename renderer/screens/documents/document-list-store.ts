import { create } from 'zustand'
import type { DocumentKind, DocumentStatus } from '#shared/contract/index'

/** The list's filters and tab outlive the screen: back from the editor, all is as it was left. */
interface DocumentListState {
  tab: 'documents' | 'templates'
  search: string
  kind: DocumentKind | null
  status: DocumentStatus | null
  setTab: (tab: DocumentListState['tab']) => void
  setSearch: (search: string) => void
  setKind: (kind: DocumentKind | null) => void
  setStatus: (status: DocumentStatus | null) => void
  clear: () => void
}

export const useDocumentListStore = create<DocumentListState>((set) => ({
  tab: 'documents',
  search: '',
  kind: null,
  status: null,
  setTab: (tab) => set({ tab }),
  setSearch: (search) => set({ search }),
  setKind: (kind) => set({ kind }),
  setStatus: (status) => set({ status }),
  clear: () => set({ search: '', kind: null, status: null }),
}))
