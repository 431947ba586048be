import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { CrmError, type InfluencerRow } from '#shared/contract/index'
import { removeFakeCrm } from '../../test-utils.tsx'
import {
  listOf,
  people,
  renderInfluencers,
  resetTableState,
  shownNames,
  stubLayout,
  unstubLayout,
} from './table/table-test-kit.tsx'

beforeAll(stubLayout)
afterAll(unstubLayout)
beforeEach(resetTableState)
afterEach(removeFakeCrm)

// Each test renders the whole screen and clicks through it: seconds on a busy 2-core machine.
const slow = { timeout: 20_000 }

const table = () => screen.getByRole('table', { name: 'Influencers' })
const header = (name: string) => within(table()).getByRole('columnheader', { name })

it('lists influencers with their stage and owner names, and the total', slow, async () => {
  renderInfluencers()
  expect(await screen.findByText('5 influencers')).toBeInTheDocument()
  expect(shownNames()).toEqual(['Ava Stone', 'Bo Chen', 'Cy Diaz', 'Dee Park', 'Eli Moss'])
  const bo = within(table()).getByRole('row', { name: /Bo Chen/ })
  expect(bo).toHaveTextContent('YouTube')
  expect(bo).toHaveTextContent('2.4M')
  expect(bo).toHaveTextContent('1.10%')
  expect(bo).toHaveTextContent('Contacted')
  expect(bo).toHaveTextContent('Mia Owner')
  const eli = within(table()).getByRole('row', { name: /Eli Moss/ })
  expect(eli).toHaveTextContent('Not in pipeline')
  expect(eli).toHaveTextContent('Unassigned')
})

it(
  'sorts by the header clicked, asking main for that order, and says which way',
  slow,
  async () => {
    const crm = renderInfluencers()
    await screen.findByText('5 influencers')
    expect(crm.callsTo('influencers.list')).toEqual([
      { sort: { by: 'name', dir: 'asc' }, limit: 500, offset: 0 },
    ])
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending')

    fireEvent.click(within(header('Followers')).getByRole('button'))
    await waitFor(() => expect(shownNames()[0]).toBe('Bo Chen'))
    expect(crm.callsTo('influencers.list').at(-1)).toEqual({
      sort: { by: 'followers', dir: 'desc' },
      limit: 500,
      offset: 0,
    })
    expect(shownNames()).toEqual(['Bo Chen', 'Dee Park', 'Ava Stone', 'Cy Diaz', 'Eli Moss'])
    expect(header('Followers')).toHaveAttribute('aria-sort', 'descending')
    expect(header('Name')).not.toHaveAttribute('aria-sort')

    fireEvent.click(within(header('Followers')).getByRole('button'))
    await waitFor(() => expect(shownNames()[0]).toBe('Eli Moss'))
    expect(crm.callsTo('influencers.list').at(-1)).toMatchObject({
      sort: { by: 'followers', dir: 'asc' },
    })
    expect(header('Followers')).toHaveAttribute('aria-sort', 'ascending')

    fireEvent.click(within(header('Engagement')).getByRole('button'))
    await waitFor(() => expect(shownNames()[0]).toBe('Cy Diaz'))
    expect(crm.callsTo('influencers.list').at(-1)).toMatchObject({
      sort: { by: 'engagement', dir: 'desc' },
    })
  },
)

it('reaches rows with the keyboard: arrows move, Space ticks, Enter opens', slow, async () => {
  renderInfluencers()
  await screen.findByText('5 influencers')
  const rows = within(table()).getAllByRole('row').slice(1)
  // One Tab stop for the whole list: the first row.
  expect(rows.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1])

  rows[0]!.focus()
  fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' })
  expect(document.activeElement).toBe(rows[1])
  fireEvent.keyDown(rows[1]!, { key: ' ' })
  expect(screen.getByText('1 selected')).toBeInTheDocument()
  expect(within(rows[1]!).getByRole('checkbox', { name: 'Select Bo Chen' })).toBeChecked()
  fireEvent.keyDown(rows[1]!, { key: 'End' })
  expect(document.activeElement).toBe(rows[4])
  fireEvent.keyDown(rows[4]!, { key: 'Enter' })
  expect(await screen.findByText(`Influencer page ${people[4]!.id}`)).toBeInTheDocument()
})

it(
  'opens an influencer on a click of the row, but not on a click of its checkbox',
  slow,
  async () => {
    renderInfluencers()
    await screen.findByText('5 influencers')
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Cy Diaz' }))
    expect(screen.getByText('1 selected')).toBeInTheDocument()
    fireEvent.click(within(table()).getByText('Cy Diaz'))
    expect(await screen.findByText(`Influencer page ${people[2]!.id}`)).toBeInTheDocument()
  },
)

it('keeps only the rows in view in the page when there are thousands', slow, async () => {
  const many: InfluencerRow[] = Array.from({ length: 3000 }, (_, n) => ({
    ...people[0]!,
    id: `row-${String(n).padStart(5, '0')}`,
    name: `Person ${String(n).padStart(5, '0')}`,
  }))
  const crm = renderInfluencers({ 'influencers.list': listOf(many) })
  expect(await screen.findByText('3,000 influencers')).toBeInTheDocument()
  const rendered = within(table()).getAllByRole('row').length - 1
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(60)
  expect(table()).toHaveAttribute('aria-rowcount', '3001')
  // One page asked for, not the whole list.
  expect(crm.callsTo('influencers.list')).toHaveLength(1)
})

it('says there is nobody yet, and offers to add someone', slow, async () => {
  renderInfluencers({ 'influencers.list': listOf([]) })
  expect(await screen.findByText('No influencers yet')).toBeInTheDocument()
  fireEvent.click(screen.getAllByRole('button', { name: 'Add influencer' }).at(-1)!)
  expect(screen.getByRole('dialog', { name: 'Add influencer' })).toBeInTheDocument()
})

it('says when nothing matches the search, and clears it on request', slow, async () => {
  renderInfluencers()
  await screen.findByText('5 influencers')
  fireEvent.change(screen.getByRole('textbox', { name: 'Search influencers' }), {
    target: { value: 'zzz' },
  })
  expect(await screen.findByText('No influencer matches “zzz”')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }))
  expect(screen.getByRole('textbox', { name: 'Search influencers' })).toHaveValue('')
  expect(await screen.findByText('5 influencers')).toBeInTheDocument()
  expect(shownNames()).toHaveLength(5)
})

it('shows a read that failed in words, and reads again on request', slow, async () => {
  let fail = true
  renderInfluencers({
    'influencers.list': (input) => {
      if (fail) throw new CrmError('internal', 'The database is busy; try again in a moment.')
      return listOf(people)(input)
    },
  })
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The database is busy; try again in a moment.',
  )
  fail = false
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
  expect(await screen.findByText('5 influencers')).toBeInTheDocument()
})
