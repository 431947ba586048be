import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { appUpdateTopic, type UpdateStatus } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../test-utils.tsx'
import { UpdateNotice } from './UpdateNotice.tsx'

const status = (patch: Partial<UpdateStatus>): UpdateStatus => ({
  state: 'idle',
  currentVersion: '1.0.0',
  version: null,
  progress: null,
  message: null,
  checkedAt: null,
  ...patch,
})

afterEach(removeFakeCrm)

it('shows the download, then a restart button that only the user presses', async () => {
  let current = status({
    state: 'downloading',
    version: '1.1.0',
    progress: { percent: 42.4, transferred: 42, total: 100 },
  })
  const crm = installFakeCrm({
    'app.updateStatus': () => current,
    'app.restartToUpdate': () => current,
  })
  renderWithApp(<UpdateNotice />)

  const bar = await screen.findByRole('progressbar', { name: 'Downloading version 1.1.0: 42%' })
  expect(bar).toHaveAttribute('aria-valuenow', '42')
  expect(screen.queryByRole('button', { name: /restart/i })).not.toBeInTheDocument()

  current = status({ state: 'ready', version: '1.1.0' })
  act(() => crm.emit([appUpdateTopic]))
  const restart = await screen.findByRole('button', { name: 'Restart to update' })
  expect(crm.callsTo('app.restartToUpdate')).toHaveLength(0)
  fireEvent.click(restart)
  expect(crm.callsTo('app.restartToUpdate')).toHaveLength(1)
})

it('says nothing when updates are off by policy, up to date, or in the browser test host', async () => {
  for (const patch of [
    {
      state: 'disabled',
      message: 'Updates are turned off on this computer by your administrator.',
    },
    { state: 'up-to-date' },
    { state: 'disabled', message: 'Updates are managed by the desktop app.' },
  ] as const) {
    const crm = installFakeCrm({ 'app.updateStatus': () => status(patch) })
    const { unmount } = renderWithApp(<UpdateNotice />)
    await act(async () => {
      await Promise.resolve()
    })
    expect(crm.callsTo('app.updateStatus')).toHaveLength(1)
    expect(screen.queryByTestId('update-notice')).not.toBeInTheDocument()
    unmount()
  }
})

it('names an update that failed verification', async () => {
  const message =
    'Version 1.1.0 is not signed by the publisher of Influencer CRM, so it was discarded and nothing was installed.'
  installFakeCrm({
    'app.updateStatus': () => status({ state: 'rejected', version: '1.1.0', message }),
  })
  renderWithApp(<UpdateNotice />)
  expect(await screen.findByLabelText(message)).toHaveTextContent('Update refused')
})
