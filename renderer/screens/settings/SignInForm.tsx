import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { CrmError } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'

interface Draft {
  serverUrl: string
  email: string
  password: string
}
type Field = keyof Draft
const fields: readonly Field[] = ['serverUrl', 'email', 'password']

/**
 * Signs this device in to the sync server. Main checks the input and the credentials;
 * what it refuses lands on the field it names, anything else above the button.
 */
export function SignInForm({ initial }: { initial?: { serverUrl: string; email: string } }) {
  const [draft, setDraft] = useState<Draft>({
    serverUrl: initial?.serverUrl ?? '',
    email: initial?.email ?? '',
    password: '',
  })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [formError, setFormError] = useState<string>()
  const [signingIn, setSigningIn] = useState(false)

  const set = (key: Field, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }))
    // A corrected field stops showing its old complaint.
    setErrors(({ [key]: _fixed, ...rest }) => rest)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSigningIn(true)
    setErrors({})
    setFormError(undefined)
    try {
      await crm('sync.signIn', {
        serverUrl: draft.serverUrl.trim(),
        email: draft.email.trim(),
        password: draft.password,
      })
      // On success the status re-reads and this form gives way to the account.
    } catch (error) {
      const named: Partial<Record<Field, string>> = {}
      const other: string[] = []
      if (error instanceof CrmError && error.fields) {
        for (const [key, message] of Object.entries(error.fields)) {
          if ((fields as readonly string[]).includes(key)) named[key as Field] = message
          else other.push(message)
        }
      }
      setErrors(named)
      if (other.length > 0) setFormError(other.join(' '))
      else if (Object.keys(named).length === 0) setFormError(errorText(error))
      // The password is never kept after a refusal that concerns it.
      if (named.password) setDraft((d) => ({ ...d, password: '' }))
    } finally {
      setSigningIn(false)
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Sign in to sync">
      <Stack>
        <TextInput
          label="Server address"
          placeholder="https://sync.agency.com"
          type="url"
          autoComplete="url"
          required
          value={draft.serverUrl}
          error={errors.serverUrl}
          onChange={(e) => set('serverUrl', e.currentTarget.value)}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={draft.email}
          error={errors.email}
          onChange={(e) => set('email', e.currentTarget.value)}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          value={draft.password}
          error={errors.password}
          onChange={(e) => set('password', e.currentTarget.value)}
        />
        {formError ? (
          <Alert color="red" role="alert" title="Could not sign in">
            {formError}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={signingIn}>
            Sign in
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
