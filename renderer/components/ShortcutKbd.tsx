import { Kbd } from '@mantine/core'
import { keyParts } from '../lib/shortcuts.ts'

/** A shortcut shown beside what it does ("Ctrl N", "⌘ L"), spelled as this keyboard spells it. */
export function ShortcutKbd({ keys }: { keys: string }) {
  return (
    <Kbd size="xs" aria-hidden>
      {keyParts(keys).join(' ')}
    </Kbd>
  )
}
