import { Group, Kbd, Modal, Table, Text } from '@mantine/core'
import { keyParts, shortcuts } from '../lib/shortcuts.ts'
import { useUiStore } from '../stores/ui-store.ts'

/** Every shortcut in one list (`lib/shortcuts.ts`), so the help cannot drift from the keys. */
export function ShortcutsHelp() {
  const opened = useUiStore((s) => s.shortcutsOpen)
  const setOpen = useUiStore((s) => s.setShortcutsOpen)
  return (
    <Modal opened={opened} onClose={() => setOpen(false)} title="Keyboard shortcuts" size="lg">
      <Table aria-label="Keyboard shortcuts" verticalSpacing={6}>
        <Table.Tbody>
          {shortcuts.map((s) => (
            <Table.Tr key={s.keys}>
              <Table.Td w={140}>
                <Group gap={4} wrap="nowrap">
                  {keyParts(s.keys).map((k) => (
                    <Kbd key={k} size="sm">
                      {k}
                    </Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.does}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  )
}
