import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { CrmError, platforms, type Platform } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'

interface Draft {
  name: string
  email: string
  primaryPlatform: Platform | null
  followers: number | string
  country: string
}

const empty: Draft = { name: '', email: '', primaryPlatform: null, followers: 0, country: '' }

/** Creates an influencer; main's validation messages land on the fields they name. */
export function AddInfluencerModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(empty)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    // A corrected field stops showing its old complaint.
    setErrors(({ [key]: _fixed, ...rest }) => rest)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    try {
      await crm('influencers.create', {
        name: draft.name,
        primaryPlatform: (draft.primaryPlatform ?? '') as Platform,
        followers: Number(draft.followers),
        ...(draft.email ? { email: draft.email } : {}),
        ...(draft.country ? { country: draft.country.toUpperCase() } : {}),
      })
      setDraft(empty)
      setErrors({})
      onClose()
    } catch (error) {
      setErrors(
        error instanceof CrmError && error.fields
          ? error.fields
          : { name: error instanceof Error ? error.message : String(error) },
      )
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Add influencer">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            value={draft.name}
            error={errors.name}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
          <TextInput
            label="Email"
            type="email"
            value={draft.email}
            error={errors.email}
            onChange={(e) => set('email', e.currentTarget.value)}
          />
          <Select
            label="Main platform"
            required
            data={platforms.map((p) => ({ value: p, label: p[0]!.toUpperCase() + p.slice(1) }))}
            value={draft.primaryPlatform}
            error={errors.primaryPlatform}
            onChange={(value) => set('primaryPlatform', value)}
          />
          <NumberInput
            label="Followers"
            min={0}
            thousandSeparator=","
            value={draft.followers}
            error={errors.followers}
            onChange={(value) => set('followers', value)}
          />
          <TextInput
            label="Country"
            placeholder="US"
            maxLength={2}
            value={draft.country}
            error={errors.country}
            onChange={(e) => set('country', e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Add influencer
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
