import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { CrmError, type ConflictRow } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'
import { recordName, valueText } from './conflict-words.ts'

type Texts = Record<string, string>

/**
 * Turns the edited texts back into values. A field that held text stays text; any other
 * value is read as JSON, so 42 stays a number and null stays null.
 */
function decode(
  original: Record<string, unknown>,
  texts: Texts,
): { changes: Record<string, unknown>; errors: Texts } {
  const changes: Record<string, unknown> = {}
  const errors: Texts = {}
  for (const [column, text] of Object.entries(texts)) {
    const before = original[column]
    if (typeof before === 'string') {
      changes[column] = text
      continue
    }
    if (text.trim() === '') {
      changes[column] = null
      continue
    }
    try {
      changes[column] = JSON.parse(text)
    } catch {
      // An empty field may take text, typed without the quotes JSON would want.
      if (before === null || before === undefined) changes[column] = text
      else errors[column] = 'Write a number, true or false, null, or JSON such as ["a", "b"]'
    }
  }
  return { changes, errors }
}

/** Edits a refused change's values and sends it again as a new change. */
export function EditConflictModal({
  row,
  onClose,
  onSent,
}: {
  row: ConflictRow
  onClose: () => void
  onSent: () => void
}) {
  const [texts, setTexts] = useState<Texts>(() =>
    Object.fromEntries(Object.entries(row.changes).map(([k, v]) => [k, valueText(v)])),
  )
  const [errors, setErrors] = useState<Texts>({})
  const [formError, setFormError] = useState<string>()
  const [sending, setSending] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(undefined)
    const { changes, errors: invalid } = decode(row.changes, texts)
    setErrors(invalid)
    if (Object.keys(invalid).length > 0) return
    setSending(true)
    try {
      await crm('sync.retryConflict', { mutationId: row.mutationId, changes })
      onSent()
    } catch (error) {
      const named: Texts = {}
      const other: string[] = []
      if (error instanceof CrmError && error.fields) {
        for (const [path, message] of Object.entries(error.fields)) {
          // Main names a change's column as "changes.<column>".
          const column = path.replace(/^changes\./, '')
          if (column in texts) named[column] = message
          else other.push(message)
        }
      }
      setErrors(named)
      if (other.length > 0 || Object.keys(named).length === 0)
        setFormError(other.length > 0 ? other.join(' ') : errorText(error))
    } finally {
      setSending(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Edit and retry: ${recordName(row)}`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Change what the server refused, then send it again.
          </Text>
          {Object.keys(texts).map((column, index) => (
            <TextInput
              key={column}
              label={column}
              data-autofocus={index === 0 ? true : undefined}
              value={texts[column]}
              error={errors[column]}
              onChange={(e) => {
                const value = e.currentTarget.value
                setTexts((t) => ({ ...t, [column]: value }))
                setErrors(({ [column]: _fixed, ...rest }) => rest)
              }}
            />
          ))}
          {formError ? (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={sending}>
              Send again
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
