import { navItems } from '../navigation.tsx'

export interface Shortcut {
  /** Mantine hotkey notation: mod is Cmd on macOS and Ctrl elsewhere. */
  keys: string
  does: string
}

/** Every keyboard shortcut, listed once: the help dialog reads this, so it cannot drift. */
export const shortcuts: Shortcut[] = [
  { keys: 'mod+K', does: 'Open the command menu: find anyone, any campaign, run an action' },
  { keys: 'mod+L', does: 'Log an email, call, meeting, note or DM' },
  { keys: 'mod+Z', does: 'Undo the last deletion or move (outside text fields)' },
  {
    keys: 'mod+N',
    does: 'Add an influencer; a campaign on Campaigns; a document on Documents',
  },
  { keys: 'mod+S', does: 'In a document: save a named version (opens its versions)' },
  { keys: 'mod+J', does: 'Switch between light and dark' },
  { keys: 'shift+?', does: 'Show these shortcuts' },
  ...navItems.map((item) => ({ keys: `mod+${item.shortcut}`, does: `Go to ${item.label}` })),
]

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/** "mod+K" as this computer's keyboard spells it. */
export const keyParts = (keys: string): string[] =>
  keys.split('+').map((part) => {
    if (part === 'mod') return isMac ? '⌘' : 'Ctrl'
    if (part === 'shift') return isMac ? '⇧' : 'Shift'
    return part.length === 1 ? part.toUpperCase() : part
  })
