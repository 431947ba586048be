import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { appRecoveryTopic, type RecoveryReport } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../test-utils.tsx'
import { RecoveryNotice } from './RecoveryNotice.tsx'

afterEach(removeFakeCrm)

it('says what was recovered, once: dismissed, it is gone', async () => {
  let report: RecoveryReport | null = {
    previousStart: '2026-11-25T09:00:00.000Z',
    intact: true,
    pendingChanges: 3,
    conflicts: 0,
    message:
      'Recovered after an unexpected exit: the database is intact and 3 changes still waiting to sync were kept.',
  }
  const crm = installFakeCrm({
    'app.recovery': () => report,
    'app.dismissRecovery': () => {
      report = null
      return {}
    },
  })
  renderWithApp(<RecoveryNotice />)
  const notice = await screen.findByTestId('recovery-notice')
  expect(notice).toHaveTextContent('Your work was recovered')
  expect(notice).toHaveTextContent('3 changes still waiting to sync were kept')

  fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
  expect(crm.callsTo('app.dismissRecovery')).toHaveLength(1)
  act(() => crm.emit([appRecoveryTopic]))
  await act(async () => {
    await Promise.resolve()
  })
  expect(screen.queryByTestId('recovery-notice')).not.toBeInTheDocument()
})

it('shows nothing after a clean close', async () => {
  const crm = installFakeCrm({ 'app.recovery': () => null })
  renderWithApp(<RecoveryNotice />)
  await act(async () => {
    await Promise.resolve()
  })
  expect(crm.callsTo('app.recovery')).toHaveLength(1)
  expect(screen.queryByTestId('recovery-notice')).not.toBeInTheDocument()
})
