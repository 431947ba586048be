import {
  Alert,
  Button,
  Drawer,
  EmptyState,
  Group,
  Paper,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconHistory } from '@tabler/icons-react'
import { useState } from 'react'
import type { DocumentVersionRow } from '#shared/contract/index'
import { LoadError } from '../../components/LoadError.tsx'
import { crm } from '../../lib/crm.ts'
import { formatWhen } from '../../lib/format.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { useRun } from '../campaigns/use-run.ts'
import type { SaveState } from './yjs-bridge.ts'

/**
 * Named versions: save one, read one, restore one. Restoring adds the old text on top as a
 * new edit (main keeps the text it replaces as a version too), so nothing is ever lost.
 */
export function VersionsDrawer({
  documentId,
  opened,
  editable,
  onClose,
  flush,
  pull,
}: {
  documentId: string
  opened: boolean
  editable: boolean
  onClose: () => void
  flush: () => Promise<SaveState>
  pull: () => Promise<void>
}) {
  const versions = useCrmQuery('documents.versions', { id: documentId }, ['document_versions'], {
    enabled: opened,
  })
  const [name, setName] = useState('')
  const [preview, setPreview] = useState<{ version: DocumentVersionRow; text: string } | null>(null)
  const action = useRun()

  const save = () =>
    void action.run('save', async () => {
      if (!name.trim()) throw new Error('Name the version, such as “Sent to legal”.')
      // A version is what main holds: queued words go in first.
      const saved = await flush()
      if (saved.error) throw new Error(`Your latest edits are not saved yet: ${saved.error}`)
      await crm('documents.saveVersion', { id: documentId, name: name.trim() })
      setName('')
    })
  const show = (version: DocumentVersionRow) =>
    void action.run(`show-${version.id}`, async () => {
      const { text } = await crm('documents.versionText', { versionId: version.id })
      setPreview({ version, text })
    })
  const restore = (version: DocumentVersionRow) =>
    void action.run(`restore-${version.id}`, async () => {
      await flush()
      await crm('documents.restoreVersion', { versionId: version.id })
      await pull()
      setPreview(null)
      notifications.show({
        title: `Restored “${version.name}”`,
        message: 'The text it replaced is kept as a version of its own.',
      })
    })

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title="Versions"
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <Stack>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            save()
          }}
        >
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              label="Version name"
              placeholder="Sent to legal"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={200}
              style={{ flex: 1 }}
              data-autofocus
            />
            <Button type="submit" loading={action.busy === 'save'}>
              Save version
            </Button>
          </Group>
        </form>
        {action.error ? (
          <Alert color="red" role="alert" withCloseButton onClose={action.clearError}>
            {action.error}
          </Alert>
        ) : null}
        {versions.error ? (
          <LoadError error={versions.error} onRetry={versions.reload} />
        ) : !versions.data ? (
          <Skeleton h={120} />
        ) : versions.data.length === 0 ? (
          <EmptyState
            size="sm"
            icon={<IconHistory />}
            title="No versions yet"
            description="Save one before sending the document out, to come back to it later."
          />
        ) : (
          <Stack gap="xs" role="list" aria-label="Versions">
            {versions.data.map((version) => (
              <Paper key={version.id} withBorder p="sm" role="listitem" aria-label={version.name}>
                <Text size="sm" fw={600}>
                  {version.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[version.createdByName, formatWhen(version.createdAt)]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Group gap="xs" mt={6}>
                  <Button
                    size="compact-xs"
                    variant="light"
                    loading={action.busy === `show-${version.id}`}
                    onClick={() => show(version)}
                  >
                    Read
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    disabled={!editable}
                    title={editable ? undefined : 'Move the document back to draft to restore'}
                    loading={action.busy === `restore-${version.id}`}
                    onClick={() => restore(version)}
                  >
                    Restore
                  </Button>
                </Group>
                {preview?.version.id === version.id ? (
                  <Paper bg="var(--mantine-color-default-hover)" p="xs" mt="xs">
                    <Text size="xs" style={{ whiteSpace: 'pre-wrap' }} aria-label="Version text">
                      {preview.text || '(empty)'}
                    </Text>
                  </Paper>
                ) : null}
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Drawer>
  )
}
