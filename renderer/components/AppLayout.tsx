import { AppShell, Burger, Group, Kbd, NavLink, Text, Title } from '@mantine/core'
import { useDisclosure, useHotkeys } from '@mantine/hooks'
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router'
import { useCrmQuery } from '../lib/use-crm-query.ts'
import { navItems } from '../navigation.tsx'
import { SyncIndicator } from './SyncIndicator.tsx'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/** The frame every screen sits in: header with the workspace, navigation, content. */
export function AppLayout() {
  const [opened, { toggle }] = useDisclosure()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const summary = useCrmQuery('workspace.summary', {}, ['organizations'])

  useHotkeys(navItems.map((item) => [`mod+${item.shortcut}`, () => void navigate(item.path)]))

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
            rightSection={
              <Kbd size="xs" aria-hidden>
                {isMac ? '⌘' : 'Ctrl'} {item.shortcut}
              </Kbd>
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  )
}
