import { Card, Code, SegmentedControl, Stack, Text, useMantineColorScheme } from '@mantine/core'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { SyncAccountCard } from './SyncAccountCard.tsx'

export function SettingsScreen() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const { data } = useCrmQuery('workspace.summary', {}, [])
  return (
    <>
      <ScreenHeader title="Settings" />
      <Stack maw={640}>
        <SyncAccountCard />
        <Card withBorder>
          <Text fw={600} mb="xs">
            Appearance
          </Text>
          <SegmentedControl
            aria-label="Theme"
            value={colorScheme}
            onChange={(value) => setColorScheme(value)}
            data={[
              { label: 'Light', value: 'light' },
              { label: 'Dark', value: 'dark' },
              { label: 'Follow system', value: 'auto' },
            ]}
          />
        </Card>
        <Card withBorder>
          <Text fw={600}>Local data</Text>
          <Text size="sm" c="dimmed" mb="xs">
            Everything you do is saved on this computer first, in this file:
          </Text>
          <Code block data-testid="data-file">
            {data?.dataFile ?? '…'}
          </Code>
        </Card>
      </Stack>
    </>
  )
}
