import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { CrmError, type Input } from '#shared/contract/index'
import { removeFakeCrm } from '../../../test-utils.tsx'
import {
  campaigns,
  people,
  renderInfluencers,
  resetTableState,
  stages,
  stubLayout,
  unstubLayout,
} from './table-test-kit.tsx'

beforeAll(stubLayout)
afterAll(unstubLayout)
beforeEach(resetTableState)
afterEach(removeFakeCrm)

// Each test renders the whole screen and clicks through it: seconds on a busy 2-core machine.
const slow = { timeout: 20_000 }

type Person = (typeof people)[number]
const [ava, bo, cy, dee, eli] = people as [Person, Person, Person, Person, Person]
const tick = (name: string) =>
  fireEvent.click(screen.getByRole('checkbox', { name: `Select ${name}` }))
const bar = () => screen.getByRole('group', { name: 'Bulk actions' })

function choose(dialog: HTMLElement, field: string, option: string) {
  fireEvent.click(within(dialog).getByRole('combobox', { name: field }))
  fireEvent.click(screen.getByRole('option', { name: option }))
}

it('moves the selected influencers to a stage in one call, then says so', slow, async () => {
  const crm = renderInfluencers({
    'influencers.bulk': ({ ids }) => ({ changed: ids.length, skipped: 0 }),
  })
  await screen.findByText('5 influencers')
  tick('Dee Park')
  tick('Ava Stone')
  expect(within(bar()).getByText('2 selected')).toBeInTheDocument()

  fireEvent.click(within(bar()).getByRole('button', { name: 'Move to stage' }))
  const dialog = screen.getByRole('dialog', { name: 'Move to stage' })
  const move = within(dialog).getByRole('button', { name: 'Move 2 influencers' })
  expect(move).toBeDisabled()
  choose(dialog, 'Stage', 'Warm')
  fireEvent.click(move)

  await waitFor(() =>
    expect(crm.callsTo('influencers.bulk')).toEqual([
      // In the table's order, whatever order they were ticked in.
      { ids: [ava.id, dee.id], action: { kind: 'moveStage', stageId: stages[2]!.id } },
    ]),
  )
  expect(await screen.findByText('Moved 2 influencers to Warm.')).toBeInTheDocument()
  expect(screen.queryByRole('dialog', { name: 'Move to stage' })).not.toBeInTheDocument()
  expect(screen.queryByText('2 selected')).not.toBeInTheDocument()
  expect(screen.getByRole('checkbox', { name: 'Select Ava Stone' })).not.toBeChecked()
})

it('selects every loaded row at once and tags them all', slow, async () => {
  const crm = renderInfluencers({
    'influencers.bulk': () => ({ changed: 4, skipped: 1 }),
  })
  await screen.findByText('5 influencers')
  tick('Bo Chen')
  const all = screen.getByRole('checkbox', { name: 'Select all loaded influencers' })
  expect(all).toHaveAttribute('data-indeterminate', 'true')
  fireEvent.click(all)
  expect(within(bar()).getByText('5 selected')).toBeInTheDocument()
  expect(all).toBeChecked()

  fireEvent.click(within(bar()).getByRole('button', { name: 'Tag' }))
  const dialog = screen.getByRole('dialog', { name: 'Tag' })
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Tag' }), {
    target: { value: ' vip ' },
  })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Tag 5 influencers' }))

  await waitFor(() =>
    expect(crm.callsTo('influencers.bulk')).toEqual([
      {
        ids: [ava.id, bo.id, cy.id, dee.id, eli.id],
        action: { kind: 'tag', tag: 'vip' },
      } satisfies Input<'influencers.bulk'>,
    ]),
  )
  expect(
    await screen.findByText(
      'Tagged 4 influencers “vip” (1 was already tagged or not in the pipeline).',
    ),
  ).toBeInTheDocument()
})

it('adds the selected influencers to a campaign and names it in the notice', slow, async () => {
  const crm = renderInfluencers({
    'influencers.bulk': () => ({ changed: 1, skipped: 1 }),
  })
  await screen.findByText('5 influencers')
  tick('Cy Diaz')
  tick('Eli Moss')
  fireEvent.click(within(bar()).getByRole('button', { name: 'Add to campaign' }))
  const dialog = screen.getByRole('dialog', { name: 'Add to campaign' })
  await waitFor(() => expect(crm.callsTo('campaigns.list')).toHaveLength(1))
  choose(dialog, 'Campaign', 'Summer Glow (Glow Labs)')
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 influencers' }))

  await waitFor(() =>
    expect(crm.callsTo('influencers.bulk')).toEqual([
      { ids: [cy.id, eli.id], action: { kind: 'addToCampaign', campaignId: campaigns[0]!.id } },
    ]),
  )
  expect(
    await screen.findByText('Added 1 influencer to Summer Glow (1 was already in it).'),
  ).toBeInTheDocument()
})

it('keeps the dialog and the selection when main refuses, showing why', slow, async () => {
  renderInfluencers({
    'influencers.bulk': () => {
      throw new CrmError('not_found', 'That stage no longer exists; it may have been deleted.')
    },
  })
  await screen.findByText('5 influencers')
  tick('Bo Chen')
  fireEvent.click(within(bar()).getByRole('button', { name: 'Move to stage' }))
  const dialog = screen.getByRole('dialog', { name: 'Move to stage' })
  choose(dialog, 'Stage', 'Cold')
  fireEvent.click(within(dialog).getByRole('button', { name: 'Move 1 influencer' }))
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(
    'That stage no longer exists; it may have been deleted.',
  )
  expect(within(bar()).getByText('1 selected')).toBeInTheDocument()
})

it('starts a new selection when the search changes', slow, async () => {
  renderInfluencers()
  await screen.findByText('5 influencers')
  tick('Ava Stone')
  expect(within(bar()).getByText('1 selected')).toBeInTheDocument()
  fireEvent.change(screen.getByRole('textbox', { name: 'Search influencers' }), {
    target: { value: 'a' },
  })
  await waitFor(() => expect(screen.queryByText('1 selected')).not.toBeInTheDocument())
  // The searched list arrives after the search: Ava is in it again, not ticked.
  expect(await screen.findByRole('checkbox', { name: 'Select Ava Stone' })).not.toBeChecked()
})
