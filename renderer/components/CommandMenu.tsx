import { Spotlight } from '@mantine/spotlight'
import { useMantineColorScheme } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import {
  IconBolt,
  IconFileText,
  IconKeyboard,
  IconMessageCircle,
  IconMoonStars,
  IconSearch,
  IconSpeakerphone,
  IconUser,
} from '@tabler/icons-react'
import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { commandMenuStore } from '../lib/command-menu-store.ts'
import { useCrmQuery } from '../lib/use-crm-query.ts'
import { navItems } from '../navigation.tsx'
import { useUiStore } from '../stores/ui-store.ts'

interface Command {
  id: string
  label: string
  description?: string
  icon: ReactNode
  run: () => void
}

const matches = (query: string, ...texts: string[]) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const haystack = texts.join(' ').toLowerCase()
  return words.every((w) => haystack.includes(w))
}

/**
 * Mod+K: jump to any influencer, campaign or document, or run an action. Records come from
 * main's full-text index as the user types, so the menu is instant at any size.
 */
export function CommandMenu() {
  const navigate = useNavigate()
  const { toggleColorScheme } = useMantineColorScheme()
  const openLog = useUiStore((s) => s.openLogInteraction)
  const showShortcuts = useUiStore((s) => s.setShortcutsOpen)
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query.trim(), 100)
  const searching = debounced.length > 0
  const hits = useCrmQuery(
    'search.all',
    { query: debounced || '-', limit: 12 },
    ['influencers', 'interactions', 'documents'],
    { enabled: searching },
  )
  const campaigns = useCrmQuery('campaigns.list', { search: debounced }, ['campaigns'], {
    enabled: searching,
  })

  const actions: Command[] = [
    {
      id: 'log',
      label: 'Log an interaction',
      description: 'Email, call, meeting, note or DM',
      icon: <IconMessageCircle size={18} />,
      run: () => openLog({}),
    },
    ...navItems.map((item) => ({
      id: `go-${item.path}`,
      label: `Go to ${item.label}`,
      icon: <item.icon size={18} />,
      run: () => void navigate(item.path),
    })),
    {
      id: 'theme',
      label: 'Switch between light and dark',
      icon: <IconMoonStars size={18} />,
      run: toggleColorScheme,
    },
    {
      id: 'shortcuts',
      label: 'Keyboard shortcuts',
      icon: <IconKeyboard size={18} />,
      run: () => showShortcuts(true),
    },
    // Actions filter on every keystroke (no debounce): Enter right after typing must run
    // what the list shows, not what it showed a moment ago.
  ].filter((a) => !query.trim() || matches(query.trim(), a.label, a.description ?? ''))

  const records: { group: string; items: Command[] }[] = searching
    ? [
        {
          group: 'Influencers',
          items: (hits.data ?? [])
            .filter((h) => h.kind === 'influencer')
            .map((h) => ({
              id: `i-${h.id}`,
              label: h.title,
              description: h.snippet.replace(/[[\]]/g, ''),
              icon: <IconUser size={18} />,
              run: () => void navigate(`/influencers/${h.id}`),
            })),
        },
        {
          group: 'Campaigns',
          items: (campaigns.data ?? []).slice(0, 8).map((c) => ({
            id: `c-${c.id}`,
            label: c.name,
            description: [c.brandName, c.status].filter(Boolean).join(' · '),
            icon: <IconSpeakerphone size={18} />,
            run: () => void navigate(`/campaigns/${c.id}`),
          })),
        },
        {
          group: 'Documents',
          items: (hits.data ?? [])
            .filter((h) => h.kind === 'document')
            .map((h) => ({
              id: `d-${h.id}`,
              label: h.title,
              description: h.snippet.replace(/[[\]]/g, ''),
              icon: <IconFileText size={18} />,
              run: () => void navigate(`/documents/${h.id}`),
            })),
        },
        {
          group: 'Interactions',
          items: (hits.data ?? [])
            .filter((h) => h.kind === 'interaction' && h.influencerId)
            .map((h) => ({
              id: `x-${h.id}`,
              label: h.title,
              description: h.snippet.replace(/[[\]]/g, ''),
              icon: <IconMessageCircle size={18} />,
              run: () => void navigate(`/influencers/${h.influencerId}`),
            })),
        },
      ].filter((g) => g.items.length > 0)
    : []

  const groups = [{ group: 'Actions', items: actions }, ...records].filter(
    (g) => g.items.length > 0,
  )
  const waiting = searching && (hits.loading || campaigns.loading)
  // Enter with nothing picked runs the best match, as in every command palette. Mantine
  // picks the first row as the query changes, but results arrive after the debounce and
  // replace that row, so a pick can point at nothing: then pick the first row, and
  // Mantine's own Enter handling (which runs right after this) triggers it.
  const pickFirstIfNone = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    const { listId } = commandMenuStore.getState()
    const list = listId ? document.getElementById(listId) : null
    if (!list || list.querySelector('[data-selected]')) return
    list.querySelector('[data-action]')?.setAttribute('data-selected', 'true')
  }

  return (
    <Spotlight.Root
      store={commandMenuStore}
      // Focus going back to the header button would let the Enter that ran an action go on
      // to press that button and open the menu again; the action decides where focus goes.
      returnFocus={false}
      query={query}
      onQueryChange={setQuery}
      shortcut="mod + K"
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        placeholder="Find an influencer, campaign or document, or type an action"
        aria-label="Command menu"
        onKeyDown={pickFirstIfNone}
        leftSection={<IconSearch size={18} stroke={1.5} />}
      />
      <Spotlight.ActionsList aria-label="Results">
        {groups.map((g) => (
          <Spotlight.ActionsGroup key={g.group} label={g.group}>
            {g.items.map((item) => (
              <Spotlight.Action
                key={item.id}
                label={item.label}
                description={item.description}
                leftSection={item.icon}
                onClick={() => {
                  // The search box stays focused while the menu fades out, and shortcuts
                  // skip text fields: let go of it so Ctrl+L and the rest work at once.
                  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
                  item.run()
                }}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {groups.length === 0 ? (
          <Spotlight.Empty>
            {waiting ? 'Searching…' : `Nothing matches “${debounced}”. Try part of a name.`}
          </Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <IconBolt size={14} /> Enter opens · ↑↓ move · Esc closes
      </Spotlight.Footer>
    </Spotlight.Root>
  )
}
