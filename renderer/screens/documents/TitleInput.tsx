import { TextInput } from '@mantine/core'
import { useState } from 'react'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'

/** The title, renamed in place: Enter or leaving the field saves, Escape puts it back. */
export function TitleInput({ id, title }: { id: string; title: string }) {
  // What is being typed; null shows the stored title (which a colleague may rename).
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string>()

  const commit = async () => {
    if (draft === null) return
    const next = draft.trim()
    if (next === title) return setDraft(null)
    try {
      await crm('documents.update', { id, patch: { title: next } })
      setDraft(null)
      setError(undefined)
    } catch (e) {
      setError(errorText(e))
    }
  }

  return (
    <TextInput
      aria-label="Title"
      variant="unstyled"
      size="xl"
      styles={{ input: { fontWeight: 700, fontSize: 'var(--mantine-h2-font-size)' } }}
      value={draft ?? title}
      error={error}
      maxLength={300}
      onChange={(e) => {
        setDraft(e.currentTarget.value)
        setError(undefined)
      }}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur()
        if (e.key === 'Escape') {
          setDraft(null)
          setError(undefined)
        }
      }}
    />
  )
}
