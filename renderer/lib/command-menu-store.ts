import { createSpotlight } from '@mantine/spotlight'

/** The command menu's own store, so its opener (header button, Mod+K) and Enter share one state. */
export const [commandMenuStore, commandMenu] = createSpotlight()
