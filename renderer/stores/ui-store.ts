import { create } from 'zustand'

/** UI state that outlives a screen: coming back to a list finds it as it was left. */
interface UiState {
  influencerSearch: string
  setInfluencerSearch: (search: string) => void
}

export const useUiStore = create<UiState>((set) => ({
  influencerSearch: '',
  setInfluencerSearch: (influencerSearch) => set({ influencerSearch }),
}))
