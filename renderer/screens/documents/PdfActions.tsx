import { Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconExternalLink, IconFileExport } from '@tabler/icons-react'
import type { DocumentDetail } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'
import type { SaveState } from './yjs-bridge.ts'

const openPdf = (id: string) =>
  crm('documents.openPdf', { id }).catch((e: unknown) =>
    notifications.show({
      color: 'red',
      title: 'The PDF could not be opened',
      message: errorText(e),
    }),
  )

/** Export to PDF (on the agency's letterhead, where the person chooses) and open it again. */
export function PdfActions({
  detail,
  flush,
  run,
  busy,
}: {
  detail: DocumentDetail
  flush: () => Promise<SaveState>
  run: (key: string, work: () => Promise<unknown>) => Promise<boolean>
  busy: string | null
}) {
  const exportPdf = () =>
    void run('export', async () => {
      // The PDF is printed from what main holds: queued words go first.
      const saved = await flush()
      if (saved.error) throw new Error(`Your latest edits are not saved yet: ${saved.error}`)
      const { path } = await crm('documents.exportPdf', { id: detail.id })
      if (!path) return
      notifications.show({
        color: 'teal',
        title: 'PDF saved',
        autoClose: 10_000,
        message: (
          <Stack gap={4}>
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {path}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              w="fit-content"
              leftSection={<IconExternalLink size={12} />}
              onClick={() => void openPdf(detail.id)}
            >
              Open
            </Button>
          </Stack>
        ),
      })
    })

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="default"
        leftSection={<IconFileExport size={16} />}
        loading={busy === 'export'}
        onClick={exportPdf}
      >
        Export PDF
      </Button>
      {detail.pdfPath ? (
        <Button
          variant="subtle"
          leftSection={<IconExternalLink size={16} />}
          onClick={() => void openPdf(detail.id)}
          title={detail.pdfPath}
        >
          Open PDF
        </Button>
      ) : null}
    </Group>
  )
}
