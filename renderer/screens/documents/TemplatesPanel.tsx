import {
  ActionIcon,
  Button,
  EmptyState,
  Group,
  Skeleton,
  Table,
  Text,
  Tooltip,
} from '@mantine/core'
import { IconEye, IconPencil, IconPlus, IconTemplate, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { TemplateRow } from '#shared/contract/index'
import { LoadError } from '../../components/LoadError.tsx'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'
import { formatWhen } from '../../lib/format.ts'
import { offerUndo } from '../../lib/undo.tsx'
import { useCrmQuery } from '../../lib/use-crm-query.ts'
import { documentKindLabels } from './document-words.ts'
import { TemplateModal } from './TemplateModal.tsx'
import { useMayEditTemplates } from './use-may-edit-templates.ts'

type Open = { template: TemplateRow | null } | null

/** The templates documents start from: managers shape them, everyone else reads them. */
export function TemplatesPanel() {
  const templates = useCrmQuery('templates.list', {}, ['document_templates'])
  const mayEdit = useMayEditTemplates() === true
  const [open, setOpen] = useState<Open>(null)
  const [error, setError] = useState<string>()

  const remove = async (template: TemplateRow) => {
    setError(undefined)
    try {
      await crm('templates.delete', { id: template.id })
      offerUndo(`Deleted the template “${template.name}”`, () =>
        crm('templates.restore', { id: template.id }),
      )
    } catch (e) {
      setError(errorText(e))
    }
  }

  if (templates.error) return <LoadError error={templates.error} onRetry={templates.reload} />
  if (!templates.data) return <Skeleton h={240} />
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {mayEdit
            ? 'New documents start from these. Changing one changes only documents made after.'
            : 'New documents start from these. Managers change them.'}
        </Text>
        {mayEdit ? (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setOpen({ template: null })}
          >
            New template
          </Button>
        ) : null}
      </Group>
      {error ? (
        <Text c="red" size="sm" role="alert" mb="sm">
          {error}
        </Text>
      ) : null}
      {templates.data.length === 0 ? (
        <EmptyState
          icon={<IconTemplate />}
          title="No templates"
          description="Documents can still start blank. A manager can add templates here."
        />
      ) : (
        <Table striped highlightOnHover aria-label="Templates" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Used</Table.Th>
              <Table.Th>Updated</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.data.map((template) => (
              <Table.Tr key={template.id}>
                <Table.Td fw={600}>{template.name}</Table.Td>
                <Table.Td>{documentKindLabels[template.kind]}</Table.Td>
                <Table.Td ta="right">{template.usageCount}</Table.Td>
                <Table.Td>{formatWhen(template.updatedAt)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={mayEdit ? 'Edit' : 'Read'}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${mayEdit ? 'Edit' : 'Read'} the template ${template.name}`}
                        onClick={() => setOpen({ template })}
                      >
                        {mayEdit ? <IconPencil size={16} /> : <IconEye size={16} />}
                      </ActionIcon>
                    </Tooltip>
                    {mayEdit ? (
                      <Tooltip label="Delete (can be undone)">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete the template ${template.name}`}
                          onClick={() => void remove(template)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TemplateModal
        opened={open !== null}
        template={open?.template ?? null}
        readOnly={!mayEdit}
        onClose={() => setOpen(null)}
      />
    </>
  )
}
