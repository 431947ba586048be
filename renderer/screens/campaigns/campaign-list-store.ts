import { create } from 'zustand'
import type { CampaignRow } from '#shared/contract/index'

type CampaignStatus = CampaignRow['status']

/** The list's filters outlive the screen: back from a campaign, the list is as it was left. */
interface CampaignListState {
  search: string
  statuses: CampaignStatus[]
  setSearch: (search: string) => void
  setStatuses: (statuses: CampaignStatus[]) => void
  clear: () => void
}

export const useCampaignListStore = create<CampaignListState>((set) => ({
  search: '',
  statuses: [],
  setSearch: (search) => set({ search }),
  setStatuses: (statuses) => set({ statuses }),
  clear: () => set({ search: '', statuses: [] }),
}))
