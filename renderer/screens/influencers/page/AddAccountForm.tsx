import { Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { CrmError, platforms, type Platform } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { errorText } from '../../../lib/error-text.ts'
import { platformLabels } from './words.ts'

/** A new handle on one platform; main's refusals land on the field they name. */
export function AddAccountForm({
  influencerId,
  onDone,
}: {
  influencerId: string
  onDone: () => void
}) {
  const [platform, setPlatform] = useState<Platform | null>(null)
  const [handle, setHandle] = useState('')
  const [url, setUrl] = useState('')
  const [followers, setFollowers] = useState<number | string>('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    setErrors({})
    try {
      await crm('influencers.addAccount', {
        influencerId,
        platform: (platform ?? '') as Platform,
        handle,
        url: url.trim() || null,
        followers: followers === '' ? null : Number(followers),
      })
      onDone()
    } catch (error) {
      setErrors(
        error instanceof CrmError && error.fields ? error.fields : { form: errorText(error) },
      )
    } finally {
      setSaving(false)
    }
  }

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(e: FormEvent) => void submit(e)}
      noValidate
      aria-label="Add account"
    >
      <Stack gap="xs">
        <Group grow align="flex-start" gap="xs">
          <Select
            label="Platform"
            required
            data={platforms.map((p) => ({ value: p, label: platformLabels[p] }))}
            value={platform}
            error={errors.platform}
            onChange={(v) => setPlatform(v)}
          />
          <TextInput
            label="Handle"
            required
            placeholder="@handle"
            value={handle}
            error={errors.handle}
            onChange={(e) => setHandle(e.currentTarget.value)}
          />
        </Group>
        <Group grow align="flex-start" gap="xs">
          <TextInput
            label="Link"
            placeholder="https://"
            value={url}
            error={errors.url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          <NumberInput
            label="Followers"
            min={0}
            thousandSeparator=","
            value={followers}
            error={errors.followers}
            onChange={setFollowers}
          />
        </Group>
        {errors.form ? (
          <Text size="sm" c="red" role="alert">
            {errors.form}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={saving}>
            Add
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
