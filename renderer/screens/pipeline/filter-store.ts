import { create } from 'zustand'
import type { InfluencerFilters } from '#shared/contract/index'

interface PipelineFiltersState {
  filters: InfluencerFilters
  setFilters: (filters: InfluencerFilters) => void
}

/** The board's filters outlive the screen: coming back to the board finds it as it was left. */
export const usePipelineFilters = create<PipelineFiltersState>((set) => ({
  filters: {},
  setFilters: (filters) => set({ filters }),
}))
