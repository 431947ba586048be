import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { syncStatusTopic, type SyncStatus } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../test-utils.tsx'
import { SyncIndicator } from './SyncIndicator.tsx'

const account = {
  serverUrl: 'https://sync.example.com',
  email: 'ana@example.com',
  name: 'Ana',
  userId: 'u1',
  orgId: 'o1',
  permissions: [],
}

const status = (patch: Partial<SyncStatus>): SyncStatus => ({
  state: 'synced',
  account,
  pending: 0,
  conflicts: 0,
  bootstrap: null,
  lastSyncedAt: null,
  message: null,
  retryAt: null,
  ...patch,
})

afterEach(removeFakeCrm)

it('says offline with the waiting count, offers Try now, and follows the status live', async () => {
  let current = status({ state: 'offline', pending: 3, message: 'The server cannot be reached.' })
  const crm = installFakeCrm({
    'sync.status': () => current,
    'sync.now': () => current,
  })
  renderWithApp(<SyncIndicator />)

  const indicator = await screen.findByTestId('sync-indicator')
  expect(indicator).toHaveAttribute('data-state', 'offline')
  expect(indicator).toHaveAccessibleName('Sync: offline, 3 changes waiting')
  expect(within(indicator).getByText('Offline · 3 waiting')).toBeInTheDocument()

  fireEvent.click(within(indicator).getByRole('button', { name: 'Try now' }))
  expect(crm.callsTo('sync.now')).toHaveLength(1)

  current = status({ state: 'synced' })
  act(() => crm.emit([syncStatusTopic]))
  expect(await screen.findByText('Synced')).toBeInTheDocument()
  expect(screen.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced')
  expect(screen.queryByRole('button', { name: 'Try now' })).not.toBeInTheDocument()
})

it('shows the download progress while bootstrapping', async () => {
  installFakeCrm({
    'sync.status': () => status({ state: 'bootstrapping', bootstrap: { done: 250, total: 1000 } }),
  })
  renderWithApp(<SyncIndicator />)
  const bar = await screen.findByRole('progressbar', { name: 'Downloading your workspace' })
  expect(bar).toHaveAttribute('aria-valuenow', '25')
  expect(screen.getByTestId('sync-indicator')).toHaveAccessibleName(
    'Sync: downloading your workspace, 25%',
  )
})

it('says local only when signed out and links to Settings and to waiting conflicts', async () => {
  installFakeCrm({
    'sync.status': () => status({ state: 'signed-out', account: null, conflicts: 2 }),
  })
  renderWithApp(<SyncIndicator />)
  const indicator = await screen.findByTestId('sync-indicator')
  expect(within(indicator).getByText('Local only')).toBeInTheDocument()
  expect(
    within(indicator).getByRole('link', { name: /local only.*open sync settings/i }),
  ).toHaveAttribute('href', '/settings')
  expect(
    within(indicator).getByRole('link', { name: '2 conflicts to review. Open the conflict inbox' }),
  ).toHaveAttribute('href', '/conflicts')
})
