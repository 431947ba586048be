import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { CrmError, type SyncStatus } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../test-utils.tsx'
import { SyncAccountCard } from './SyncAccountCard.tsx'

const signedOut: SyncStatus = {
  state: 'signed-out',
  account: null,
  pending: 0,
  conflicts: 0,
  bootstrap: null,
  lastSyncedAt: null,
  message: null,
  retryAt: null,
}

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false, selector: 'input' }), {
    target: { value },
  })

afterEach(removeFakeCrm)

it('signs in with what was typed and shows a refused field under that field', async () => {
  const crm = installFakeCrm({
    'sync.status': () => signedOut,
    'sync.signIn': () => {
      throw new CrmError('invalid_input', 'Check the highlighted fields', {
        email: 'Enter your work email',
      })
    },
  })
  renderWithApp(<SyncAccountCard />)
  await screen.findByRole('form', { name: 'Sign in to sync' })

  fill('Server address', 'https://sync.example.com')
  fill('Email', 'ana@')
  fill('Password', 'secret')
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))

  expect(await screen.findByText('Enter your work email')).toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: /email/i })).toHaveAccessibleDescription(
    'Enter your work email',
  )
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  expect(crm.callsTo('sync.signIn')).toEqual([
    { serverUrl: 'https://sync.example.com', email: 'ana@', password: 'secret' },
  ])
})

it('shows a refusal that names no field above the button', async () => {
  installFakeCrm({
    'sync.status': () => signedOut,
    'sync.signIn': () => {
      throw new CrmError('forbidden', 'Wrong email or password')
    },
  })
  renderWithApp(<SyncAccountCard />)
  await screen.findByRole('form', { name: 'Sign in to sync' })
  fill('Server address', 'https://sync.example.com')
  fill('Email', 'ana@example.com')
  fill('Password', 'nope')
  fireEvent.submit(screen.getByRole('form', { name: 'Sign in to sync' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password')
})

it('shows who is signed in and asks before signing out', async () => {
  const crm = installFakeCrm({
    'sync.status': () => ({
      ...signedOut,
      state: 'bootstrapping',
      account: {
        serverUrl: 'https://sync.example.com',
        email: 'ana@example.com',
        name: 'Ana Lima',
        userId: 'u1',
        orgId: 'o1',
        permissions: [],
      },
      pending: 2,
      bootstrap: { done: 40, total: 200 },
    }),
    'sync.signOut': () => signedOut,
  })
  renderWithApp(<SyncAccountCard />)

  expect(await screen.findByText('Ana Lima (ana@example.com)')).toBeInTheDocument()
  expect(screen.getByText('Downloading your workspace: 40 of 200 records')).toBeInTheDocument()
  expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '20')

  fireEvent.click(screen.getByRole('button', { name: 'Sign out' }))
  const dialog = screen.getByRole('dialog', { name: 'Sign out of sync?' })
  expect(dialog).toHaveTextContent('Your local data stays on this device')
  expect(dialog).toHaveTextContent('2 changes not yet sent are kept until your next sign-in')
  expect(crm.callsTo('sync.signOut')).toHaveLength(0)
  fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out' }))
  expect(crm.callsTo('sync.signOut')).toHaveLength(1)
})
