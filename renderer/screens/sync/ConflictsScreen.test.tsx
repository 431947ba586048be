import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { syncStatusTopic, type ConflictRow } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../test-utils.tsx'
import { ConflictsScreen } from './ConflictsScreen.tsx'

const refused: ConflictRow = {
  mutationId: '0190f5a2-7c4e-7b1a-9d3e-2f6a8b0c1d2e',
  tableName: 'influencers',
  rowId: '0190f5a2-0000-7000-8000-000000000001',
  op: 'update',
  changes: { name: 'Zora Q.', followers: 1200 },
  reason: 'deleted',
  message: 'The influencer was deleted by Ben.',
  label: 'Zora Quill',
  madeAt: '2025-03-01T10:00:00.000Z',
  rejectedAt: '2025-03-01T10:05:00.000Z',
}

afterEach(removeFakeCrm)

it('says so when nothing is waiting', async () => {
  installFakeCrm({ 'sync.conflicts': () => [] })
  renderWithApp(<ConflictsScreen />)
  expect(
    await screen.findByText('No conflicts: every change you made has reached the server.'),
  ).toBeInTheDocument()
})

it('shows the refused change and discards it only after confirmation', async () => {
  let rows = [refused]
  const crm = installFakeCrm({
    'sync.conflicts': () => rows,
    'sync.discardConflict': ({ mutationId }) => {
      rows = []
      queueMicrotask(() => crm.emit([syncStatusTopic]))
      return { mutationId }
    },
  })
  renderWithApp(<ConflictsScreen />)

  const card = await screen.findByRole('article', { name: 'Zora Quill' })
  expect(card).toHaveTextContent('Someone deleted this record on the server.')
  expect(card).toHaveTextContent('The influencer was deleted by Ben.')
  const changes = within(card).getByRole('table', { name: 'Changes to Zora Quill' })
  expect(changes).toHaveTextContent('nameZora Q.')
  expect(changes).toHaveTextContent('followers1200')
  expect(within(card).getByRole('button', { name: 'Restore and retry' })).toBeInTheDocument()

  fireEvent.click(within(card).getByRole('button', { name: 'Discard' }))
  const dialog = screen.getByRole('dialog', { name: 'Discard this change?' })
  expect(dialog).toHaveTextContent('This change will be lost for good')
  expect(crm.callsTo('sync.discardConflict')).toHaveLength(0)

  fireEvent.click(within(dialog).getByRole('button', { name: 'Discard' }))
  await waitFor(() =>
    expect(crm.callsTo('sync.discardConflict')).toEqual([{ mutationId: refused.mutationId }]),
  )
  expect(
    await screen.findByText('No conflicts: every change you made has reached the server.'),
  ).toBeInTheDocument()
  expect(screen.getByRole('status')).toHaveTextContent('Discarded the change to Zora Quill.')
})

it('keeps the change when the confirmation is declined', async () => {
  const crm = installFakeCrm({ 'sync.conflicts': () => [{ ...refused, reason: 'forbidden' }] })
  renderWithApp(<ConflictsScreen />)
  const card = await screen.findByRole('article', { name: 'Zora Quill' })
  expect(card).toHaveTextContent('Your role does not allow this change.')
  expect(within(card).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  fireEvent.click(within(card).getByRole('button', { name: 'Discard' }))
  fireEvent.click(screen.getByRole('button', { name: 'Keep it' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(crm.callsTo('sync.discardConflict')).toHaveLength(0)
})

it('sends edited values back with their types', async () => {
  const crm = installFakeCrm({
    'sync.conflicts': () => [refused],
    'sync.retryConflict': ({ mutationId }) => ({ mutationId: `${mutationId}-new` }),
  })
  renderWithApp(<ConflictsScreen />)
  const card = await screen.findByRole('article', { name: 'Zora Quill' })
  fireEvent.click(within(card).getByRole('button', { name: 'Edit and retry' }))
  const dialog = screen.getByRole('dialog', { name: 'Edit and retry: Zora Quill' })
  fireEvent.change(within(dialog).getByLabelText('name'), { target: { value: 'Zora Quill' } })
  fireEvent.change(within(dialog).getByLabelText('followers'), { target: { value: 'lots' } })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Send again' }))
  expect(within(dialog).getByLabelText('followers')).toHaveAccessibleDescription(/Write a number/)
  expect(crm.callsTo('sync.retryConflict')).toHaveLength(0)

  fireEvent.change(within(dialog).getByLabelText('followers'), { target: { value: '1500' } })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Send again' }))
  await waitFor(() =>
    expect(crm.callsTo('sync.retryConflict')).toEqual([
      { mutationId: refused.mutationId, changes: { name: 'Zora Quill', followers: 1500 } },
    ]),
  )
})
