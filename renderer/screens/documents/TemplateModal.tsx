import { Alert, Grid, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useRef, useState } from 'react'
import type { DocumentKind, TemplateRow } from '#shared/contract/index'
import { DialogActions } from '../../components/DialogActions.tsx'
import { crm } from '../../lib/crm.ts'
import { useAction } from '../../lib/use-action.ts'
import { isDocumentKind, kindOptions } from './document-words.ts'
import { MergeFieldHelp } from './MergeFieldHelp.tsx'

/**
 * A template's kind, name and text, with the merge fields beside it. `template` null makes
 * a new one; `readOnly` shows it to someone who may use but not change it.
 */
export function TemplateModal({
  opened,
  template,
  readOnly,
  onClose,
}: {
  opened: boolean
  template: TemplateRow | null
  readOnly: boolean
  onClose: () => void
}) {
  const title = template ? (readOnly ? template.name : `Edit “${template.name}”`) : 'New template'
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="80rem">
      {/* Keyed so each template opens with its own text, not the last one's edits. */}
      <TemplateForm
        key={template?.id ?? 'new'}
        template={template}
        readOnly={readOnly}
        onClose={onClose}
      />
    </Modal>
  )
}

function TemplateForm({
  template,
  readOnly,
  onClose,
}: {
  template: TemplateRow | null
  readOnly: boolean
  onClose: () => void
}) {
  const [kind, setKind] = useState<DocumentKind>(template?.kind ?? 'brief')
  const [name, setName] = useState(template?.name ?? '')
  const [body, setBody] = useState(template?.body ?? '')
  const [nameError, setNameError] = useState<string>()
  const bodyRef = useRef<HTMLTextAreaElement>(null)

  const save = useAction(async () => {
    if (!name.trim()) {
      setNameError('Name the template')
      throw new Error('Name the template before saving it.')
    }
    if (template) await crm('templates.update', { id: template.id, patch: { kind, name, body } })
    else await crm('templates.create', { kind, name, body })
    onClose()
  })

  /** Puts `{{field}}` where the cursor was in the text, and the cursor after it. */
  const insertField = (field: string) => {
    const area = bodyRef.current
    const token = `{{${field}}}`
    const start = area?.selectionStart ?? body.length
    const end = area?.selectionEnd ?? body.length
    setBody(body.slice(0, start) + token + body.slice(end))
    requestAnimationFrame(() => {
      area?.focus()
      area?.setSelectionRange(start + token.length, start + token.length)
    })
  }

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack>
          {readOnly ? (
            <Alert color="gray">Only managers change templates; you can draft from this one.</Alert>
          ) : null}
          <Select
            label="Kind"
            data={kindOptions}
            value={kind}
            allowDeselect={false}
            readOnly={readOnly}
            onChange={(value) => isDocumentKind(value) && setKind(value)}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label="Name"
            value={name}
            readOnly={readOnly}
            error={nameError}
            data-autofocus
            onChange={(e) => {
              setName(e.currentTarget.value)
              setNameError(undefined)
            }}
          />
          <Textarea
            ref={bodyRef}
            label="Text"
            description="“# ” starts a heading, “- ” a bullet, **words** are bold."
            autosize
            minRows={12}
            maxRows={24}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={body}
            readOnly={readOnly}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          {readOnly ? null : (
            <DialogActions
              error={save.error}
              busy={save.busy}
              onCancel={onClose}
              onSubmit={() => void save.run()}
            >
              {template ? 'Save template' : 'Create template'}
            </DialogActions>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <MergeFieldHelp onPick={readOnly ? undefined : insertField} />
      </Grid.Col>
    </Grid>
  )
}
