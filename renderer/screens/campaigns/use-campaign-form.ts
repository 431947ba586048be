import { useState, type FormEvent } from 'react'
import { CrmError } from '#shared/contract/index'
import { errorText } from '../../lib/error-text.ts'
import type { CampaignDraft } from './campaign-draft.ts'

/**
 * A campaign form's state: the draft, main's refusals on the fields they name (or as
 * one sentence for the form), and the submit that calls `save`.
 */
export function useCampaignForm(
  initial: CampaignDraft,
  save: (draft: CampaignDraft) => Promise<void>,
) {
  const [draft, setDraft] = useState<CampaignDraft>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    // A corrected field stops showing its old complaint.
    setErrors(({ [key]: _fixed, form: _form, ...rest }) => rest)
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    try {
      await save(draft)
      setErrors({})
    } catch (error) {
      setErrors(
        error instanceof CrmError && error.fields ? error.fields : { form: errorText(error) },
      )
    } finally {
      setSaving(false)
    }
  }
  return { draft, set, errors, saving, submit }
}
