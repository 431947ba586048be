import {
  ActionIcon,
  AppShell,
  Burger,
  Group,
  NavLink,
  Text,
  Title,
  Tooltip,
  useMantineColorScheme,
} from '@mantine/core'
import { useDisclosure, useHotkeys } from '@mantine/hooks'
import { IconKeyboard, IconSearch } from '@tabler/icons-react'
import { useCallback } from 'react'
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router'
import { commandMenu } from '../lib/command-menu-store.ts'
import { undoLast } from '../lib/undo.tsx'
import { useCrmQuery } from '../lib/use-crm-query.ts'
import { useDueTodayNotice } from '../lib/use-due-today-notice.ts'
import { navItems } from '../navigation.tsx'
import { useUiStore } from '../stores/ui-store.ts'
import { AppIntentHandler } from './AppIntentHandler.tsx'
import { CommandMenu } from './CommandMenu.tsx'
import { LogInteractionModal } from './LogInteractionModal.tsx'
import { RecoveryNotice } from './RecoveryNotice.tsx'
import { ShortcutsHelp } from './ShortcutsHelp.tsx'
import { SyncIndicator } from './SyncIndicator.tsx'
import { ThemeToggle } from './ThemeToggle.tsx'
import { UpdateNotice } from './UpdateNotice.tsx'
import { ShortcutKbd } from './ShortcutKbd.tsx'

/** The frame every screen sits in: header with the workspace, navigation, content. */
export function AppLayout() {
  const [opened, { toggle }] = useDisclosure()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const summary = useCrmQuery('workspace.summary', {}, ['organizations'])

  const openLog = useUiStore((s) => s.openLogInteraction)
  const showShortcuts = useUiStore((s) => s.setShortcutsOpen)
  const { toggleColorScheme } = useMantineColorScheme()
  const openToday = useCallback(() => void navigate('/today'), [navigate])
  useDueTodayNotice(openToday)

  useHotkeys([
    ...navItems.map(
      (item) => [`mod+${item.shortcut}`, () => void navigate(item.path)] as [string, () => void],
    ),
    [
      'mod+L',
      () => {
        const influencerId = useUiStore.getState().pageInfluencerId
        openLog(influencerId ? { influencerId } : {})
      },
    ],
    ['mod+J', toggleColorScheme],
    ['shift+?', () => showShortcuts(true)],
    // Outside text fields only (useHotkeys skips inputs): there Mod+Z undoes typing.
    ['mod+Z', () => void undoLast()],
  ])

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={1} size="h4">
              Influencer CRM
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Tooltip label="Find anything, run an action (Ctrl/⌘ K)">
              <ActionIcon
                variant="default"
                aria-label="Open the command menu"
                onClick={commandMenu.open}
              >
                <IconSearch size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Keyboard shortcuts (?)">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label="Keyboard shortcuts"
                onClick={() => showShortcuts(true)}
              >
                <IconKeyboard size={18} />
              </ActionIcon>
            </Tooltip>
            <ThemeToggle />
            <UpdateNotice />
            <SyncIndicator />
            <Text size="sm" c="dimmed" data-testid="workspace-name">
              {summary.data?.organization.name ?? ''}
            </Text>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {navItems.map((item) => (
          <NavLink
            key={item.path}
            component={RouterLink}
            to={item.path}
            label={item.label}
            active={pathname.startsWith(item.path)}
            leftSection={<item.icon size={18} stroke={1.6} />}
            rightSection={<ShortcutKbd keys={`mod+${item.shortcut}`} />}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <RecoveryNotice />
        <Outlet />
      </AppShell.Main>
      <CommandMenu />
      <LogInteractionModal />
      <ShortcutsHelp />
      <AppIntentHandler />
    </AppShell>
  )
}
