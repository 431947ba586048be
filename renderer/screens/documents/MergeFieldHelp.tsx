import { Code, ScrollArea, Stack, Table, Text, UnstyledButton } from '@mantine/core'
import { mergeFields } from '#shared/documents/merge-fields'

/** The fields a template may use, each a button that puts it where the cursor is. */
export function MergeFieldHelp({ onPick }: { onPick?: ((field: string) => void) | undefined }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Merge fields
      </Text>
      <Text size="xs" c="dimmed">
        Filled when a document is made; a field with nothing to fill it stays as written.
        {onPick ? ' Click one to insert it.' : ''}
      </Text>
      <ScrollArea.Autosize mah={380}>
        <Table verticalSpacing={4} aria-label="Merge fields">
          <Table.Tbody>
            {Object.entries(mergeFields).map(([field, meaning]) => (
              <Table.Tr key={field}>
                <Table.Td>
                  {onPick ? (
                    <UnstyledButton
                      onClick={() => onPick(field)}
                      aria-label={`Insert {{${field}}}`}
                    >
                      <Code>{`{{${field}}}`}</Code>
                    </UnstyledButton>
                  ) : (
                    <Code>{`{{${field}}}`}</Code>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{meaning}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  )
}
