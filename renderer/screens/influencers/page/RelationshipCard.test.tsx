import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { RelationshipRow } from '#shared/contract/index'
import { formatWhen } from '../../../lib/format.ts'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../../test-utils.tsx'
import { dayFromToday, dayToIso, morning } from './day-values.ts'
import { RelationshipCard } from './RelationshipCard.tsx'

const influencerId = '0190f5a2-0000-7000-8000-0000000000a1'
const stages = ['Saved', 'Contacted', 'Warm'].map((name, position) => ({
  id: `0190f5a2-0000-7000-8000-00000000005${position}`,
  name,
  position,
  kind: 'open' as const,
}))
const members = [
  { id: '0190f5a2-0000-7000-8000-0000000000b1', name: 'Maya Patel', email: 'maya@nw.test' },
  { id: '0190f5a2-0000-7000-8000-0000000000b2', name: 'Leo Park', email: 'leo@nw.test' },
]
const rel: RelationshipRow = {
  id: '0190f5a2-0000-7000-8000-0000000000c1',
  influencerId,
  stageId: stages[1]!.id,
  ownerId: members[0]!.id,
  position: 3,
  priority: 2,
  tags: ['vip'],
  notes: 'Prefers email',
  lastContactedAt: '2026-11-24T15:30:00.000Z',
  followUpDate: null,
  relationshipStrength: 42,
  visibility: 'team',
}

function fakeMain() {
  return installFakeCrm({
    'pipeline.stages': () => stages,
    'workspace.members': () => members,
    'pipeline.updateRelationship': ({ patch }) => ({ ...rel, ...patch }),
    'pipeline.move': ({ stageId }) => ({ ...rel, stageId }),
    'pipeline.add': () => rel,
  })
}

afterEach(removeFakeCrm)

it('sets the follow-up through pipeline.updateRelationship, in the morning of the chosen day', async () => {
  const crm = fakeMain()
  renderWithApp(<RelationshipCard influencerId={influencerId} relationship={rel} />)
  fireEvent.click(screen.getByLabelText('Follow-up'))
  fireEvent.click(await screen.findByRole('button', { name: 'In a week' }))

  await waitFor(() => expect(crm.callsTo('pipeline.updateRelationship')).toHaveLength(1))
  const expected = dayToIso(dayFromToday(7), morning)!
  expect(crm.callsTo('pipeline.updateRelationship')).toEqual([
    { id: rel.id, patch: { followUpDate: expected } },
  ])
  expect(new Date(expected).getHours()).toBe(9)
  expect(crm.callsTo('pipeline.move')).toEqual([])
})

it('clears the follow-up with null', async () => {
  const crm = fakeMain()
  renderWithApp(
    <RelationshipCard
      influencerId={influencerId}
      relationship={{ ...rel, followUpDate: '2026-11-27T09:00:00.000Z' }}
    />,
  )
  const field = screen.getByLabelText('Follow-up')
  expect(field).toHaveTextContent(/27 Nov 2026/)
  fireEvent.click(screen.getByRole('button', { name: 'Clear follow-up' }))
  await waitFor(() =>
    expect(crm.callsTo('pipeline.updateRelationship')).toEqual([
      { id: rel.id, patch: { followUpDate: null } },
    ]),
  )
})

it('moves to another stage with pipeline.move and changes the owner with updateRelationship', async () => {
  const crm = fakeMain()
  renderWithApp(<RelationshipCard influencerId={influencerId} relationship={rel} />)
  await waitFor(() =>
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveValue('Contacted'),
  )

  fireEvent.click(screen.getByRole('combobox', { name: 'Stage' }))
  fireEvent.click(await screen.findByRole('option', { name: 'Warm' }))
  await waitFor(() =>
    expect(crm.callsTo('pipeline.move')).toEqual([
      { relationshipId: rel.id, stageId: stages[2]!.id },
    ]),
  )

  fireEvent.click(screen.getByRole('combobox', { name: 'Owner' }))
  fireEvent.click(await screen.findByRole('option', { name: 'Leo Park' }))
  await waitFor(() =>
    expect(crm.callsTo('pipeline.updateRelationship')).toEqual([
      { id: rel.id, patch: { ownerId: members[1]!.id } },
    ]),
  )
})

it('shows last contact and strength, and saves notes when the box is left', async () => {
  const crm = fakeMain()
  renderWithApp(<RelationshipCard influencerId={influencerId} relationship={rel} />)
  expect(screen.getByTestId('last-contacted')).toHaveTextContent(formatWhen(rel.lastContactedAt!))
  expect(screen.getByText('42/100')).toBeInTheDocument()

  const notes = screen.getByRole('textbox', { name: /Notes/ })
  fireEvent.change(notes, { target: { value: 'Prefers email, never calls' } })
  expect(crm.callsTo('pipeline.updateRelationship')).toEqual([])
  fireEvent.blur(notes)
  await waitFor(() =>
    expect(crm.callsTo('pipeline.updateRelationship')).toEqual([
      { id: rel.id, patch: { notes: 'Prefers email, never calls' } },
    ]),
  )
})

it('offers to add an influencer who is not in the pipeline', async () => {
  const crm = fakeMain()
  renderWithApp(<RelationshipCard influencerId={influencerId} relationship={null} />)
  expect(screen.queryByTestId('last-contacted')).not.toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: 'Add to pipeline' }))
  await waitFor(() => expect(crm.callsTo('pipeline.add')).toEqual([{ influencerId }]))
})
