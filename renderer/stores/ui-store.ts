import { create } from 'zustand'
import type { InteractionType } from '#shared/contract/index'

/** Who and what the log-interaction dialog opens for; null while it is closed. */
export interface LogTarget {
  influencerId?: string
  type?: InteractionType
}

/** UI state that outlives a screen: coming back to a list finds it as it was left. */
interface UiState {
  /** The one log-interaction dialog, opened from anywhere (shortcut, menu, card, page). */
  logTarget: LogTarget | null
  openLogInteraction: (target?: LogTarget) => void
  closeLogInteraction: () => void
  /** The influencer whose page is open: Mod+L logs for them without asking who. */
  pageInfluencerId: string | null
  setPageInfluencer: (id: string | null) => void
  shortcutsOpen: boolean
  setShortcutsOpen: (open: boolean) => void
}

export const useUiStore = create<UiState>((set) => ({
  logTarget: null,
  openLogInteraction: (target = {}) => set({ logTarget: target }),
  closeLogInteraction: () => set({ logTarget: null }),
  pageInfluencerId: null,
  setPageInfluencer: (pageInfluencerId) => set({ pageInfluencerId }),
  shortcutsOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
}))
