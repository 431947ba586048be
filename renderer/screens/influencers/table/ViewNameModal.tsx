import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useInfluencerTableStore, viewNameTaken } from '../../../stores/influencer-table-store.ts'

interface ViewNameModalProps {
  title: string
  submitLabel: string
  initialName: string
  /** The view being renamed: its own name is not "taken". */
  viewId?: string
  onSubmit: (name: string) => void
  onClose: () => void
}

/** Names a saved view (save or rename); a name is required and used once. */
export function ViewNameModal(props: ViewNameModalProps) {
  const { title, submitLabel, initialName, viewId, onSubmit, onClose } = props
  const views = useInfluencerTableStore((s) => s.views)
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string>()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return setError('Give the view a name')
    if (viewNameTaken({ views }, trimmed, viewId))
      return setError(`There is already a view called “${trimmed}”`)
    onSubmit(trimmed)
  }

  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="View name"
            placeholder="Beauty creators in Germany"
            required
            data-autofocus
            maxLength={80}
            value={name}
            error={error}
            onChange={(event) => {
              setName(event.currentTarget.value)
              setError(undefined)
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">{submitLabel}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
