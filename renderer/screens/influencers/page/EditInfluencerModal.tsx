import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { CrmError, platforms, type Output, type Platform } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { errorText } from '../../../lib/error-text.ts'
import { platformLabels } from './words.ts'

type Influencer = Output<'influencers.get'>

interface Draft {
  name: string
  email: string
  phone: string
  primaryPlatform: Platform | null
  followers: number | string
  engagementRate: number | string
  country: string
  language: string
  profileUrl: string
  nicheTags: string[]
  bio: string
}

const draftOf = (i: Influencer): Draft => ({
  name: i.name,
  email: i.email ?? '',
  phone: i.phone ?? '',
  primaryPlatform: i.primaryPlatform,
  followers: i.followers,
  engagementRate: i.engagementRate ?? '',
  country: i.country ?? '',
  language: i.language ?? '',
  profileUrl: i.profileUrl ?? '',
  nicheTags: i.nicheTags,
  bio: i.bio ?? '',
})

/** An emptied field is cleared, not kept: null tells main to forget the value. */
const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

/** The update's refusals name fields as "patch.email"; the form's fields are "email". */
const fieldErrors = (fields: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(fields).map(([path, message]) => [path.replace(/^patch\./, ''), message]),
  )

/** Edits the profile; main's validation messages land on the fields they name. */
export function EditInfluencerModal({
  influencer,
  onClose,
}: {
  influencer: Influencer
  onClose: () => void
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(influencer))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    // A corrected field stops showing its old complaint.
    setErrors(({ [key]: _fixed, form: _form, ...rest }) => rest)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    try {
      await crm('influencers.update', {
        id: influencer.id,
        patch: {
          name: draft.name,
          email: orNull(draft.email),
          phone: orNull(draft.phone),
          primaryPlatform: (draft.primaryPlatform ?? '') as Platform,
          followers: Number(draft.followers),
          engagementRate: draft.engagementRate === '' ? null : Number(draft.engagementRate),
          country: orNull(draft.country)?.toUpperCase() ?? null,
          language: orNull(draft.language),
          profileUrl: orNull(draft.profileUrl),
          nicheTags: draft.nicheTags,
          bio: orNull(draft.bio),
        },
      })
      onClose()
    } catch (error) {
      const fields = error instanceof CrmError && error.fields ? fieldErrors(error.fields) : {}
      // A refusal that names none of the form's fields is still said, under the form.
      const onFields = Object.keys(fields).some((key) => key in draft)
      setErrors(onFields ? fields : { form: errorText(error) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Edit ${influencer.name}`} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            data-autofocus
            value={draft.name}
            error={errors.name}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Email"
              type="email"
              value={draft.email}
              error={errors.email}
              onChange={(e) => set('email', e.currentTarget.value)}
            />
            <TextInput
              label="Phone"
              value={draft.phone}
              error={errors.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
            />
            <Select
              label="Main platform"
              required
              data={platforms.map((p) => ({ value: p, label: platformLabels[p] }))}
              value={draft.primaryPlatform}
              error={errors.primaryPlatform}
              onChange={(value) => set('primaryPlatform', value)}
            />
            <TextInput
              label="Profile link"
              placeholder="https://"
              value={draft.profileUrl}
              error={errors.profileUrl}
              onChange={(e) => set('profileUrl', e.currentTarget.value)}
            />
            <NumberInput
              label="Followers"
              min={0}
              thousandSeparator=","
              value={draft.followers}
              error={errors.followers}
              onChange={(value) => set('followers', value)}
            />
            <NumberInput
              label="Engagement"
              suffix="%"
              min={0}
              max={100}
              decimalScale={2}
              value={draft.engagementRate}
              error={errors.engagementRate}
              onChange={(value) => set('engagementRate', value)}
            />
            <TextInput
              label="Country"
              placeholder="US"
              maxLength={2}
              value={draft.country}
              error={errors.country}
              onChange={(e) => set('country', e.currentTarget.value)}
            />
            <TextInput
              label="Language"
              placeholder="en"
              value={draft.language}
              error={errors.language}
              onChange={(e) => set('language', e.currentTarget.value)}
            />
          </SimpleGrid>
          <TagsInput
            label="Niches"
            placeholder="Type a niche and press Enter"
            value={draft.nicheTags}
            error={errors.nicheTags}
            onChange={(value) => set('nicheTags', value)}
          />
          <Textarea
            label="Bio"
            autosize
            minRows={2}
            maxRows={8}
            value={draft.bio}
            error={errors.bio}
            onChange={(e) => set('bio', e.currentTarget.value)}
          />
          {errors.form ? (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
