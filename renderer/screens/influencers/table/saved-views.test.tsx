import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { undoLast } from '../../../lib/undo.tsx'
import {
  influencerTableStorageKey,
  useInfluencerTableStore,
} from '../../../stores/influencer-table-store.ts'
import { removeFakeCrm } from '../../../test-utils.tsx'
import { renderInfluencers, resetTableState, stubLayout, unstubLayout } from './table-test-kit.tsx'

beforeAll(stubLayout)
afterAll(unstubLayout)
beforeEach(resetTableState)
afterEach(removeFakeCrm)

// Each test renders the whole screen and clicks through it: seconds on a busy 2-core machine.
const slow = { timeout: 20_000 }

const searchBox = () => screen.getByRole('textbox', { name: 'Search influencers' })
const followUps = () => screen.getByRole('switch', { name: 'Due follow-ups' })
const viewsButton = () => screen.getByRole('button', { name: /^Saved views: / })
const header = (name: string) => screen.getByRole('columnheader', { name })

function pickView(name: string) {
  fireEvent.click(viewsButton())
  fireEvent.click(screen.getByRole('menuitem', { name }))
}

function saveViewAs(name: string) {
  fireEvent.click(viewsButton())
  fireEvent.click(screen.getByRole('menuitem', { name: 'Save as new view…' }))
  const dialog = screen.getByRole('dialog', { name: 'Save view' })
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'View name' }), {
    target: { value: name },
  })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save view' }))
}

it(
  'saves search, filters and order as a view, and picking it again brings all three back',
  slow,
  async () => {
    const crm = renderInfluencers()
    await screen.findByText('5 influencers')

    fireEvent.change(searchBox(), { target: { value: 'o' } })
    fireEvent.click(followUps())
    fireEvent.click(within(header('Followers')).getByRole('button'))
    const narrowed = {
      filters: { search: 'o', followUpDue: true },
      sort: { by: 'followers', dir: 'desc' },
      limit: 500,
      offset: 0,
    }
    await waitFor(() => expect(crm.callsTo('influencers.list').at(-1)).toEqual(narrowed))
    expect(viewsButton()).toHaveTextContent('All influencers (edited)')

    saveViewAs('Big names')
    expect(screen.queryByRole('dialog', { name: 'Save view' })).not.toBeInTheDocument()
    expect(viewsButton()).toHaveTextContent(/^Big names$/)

    pickView('All influencers')
    expect(searchBox()).toHaveValue('')
    expect(followUps()).not.toBeChecked()
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending')
    await waitFor(() =>
      expect(crm.callsTo('influencers.list').at(-1)).toEqual({
        sort: { by: 'name', dir: 'asc' },
        limit: 500,
        offset: 0,
      }),
    )

    pickView('Big names')
    expect(searchBox()).toHaveValue('o')
    expect(followUps()).toBeChecked()
    expect(header('Followers')).toHaveAttribute('aria-sort', 'descending')
    await waitFor(() => expect(crm.callsTo('influencers.list').at(-1)).toEqual(narrowed))

    // Kept on this computer for the next start.
    const stored = JSON.parse(localStorage.getItem(influencerTableStorageKey) ?? '{}') as {
      state: { views: { name: string; search: string }[] }
    }
    expect(stored.state.views).toMatchObject([{ name: 'Big names', search: 'o' }])
  },
)

it('applies a built-in view: follow-ups due', slow, async () => {
  const crm = renderInfluencers()
  await screen.findByText('5 influencers')
  pickView('Follow-ups due')
  expect(followUps()).toBeChecked()
  await waitFor(() =>
    expect(crm.callsTo('influencers.list').at(-1)).toMatchObject({
      filters: { followUpDue: true },
    }),
  )
  expect(viewsButton()).toHaveTextContent(/^Follow-ups due$/)
  // A built-in view can be neither renamed nor deleted.
  fireEvent.click(viewsButton())
  expect(screen.queryByRole('menuitem', { name: /^Rename/ })).not.toBeInTheDocument()
  expect(screen.queryByRole('menuitem', { name: /^Delete/ })).not.toBeInTheDocument()
})

it(
  'renames a view, refuses a name already used, updates it, and deletes it with undo',
  slow,
  async () => {
    renderInfluencers()
    await screen.findByText('5 influencers')
    fireEvent.click(within(header('Engagement')).getByRole('button'))
    saveViewAs('Mine')

    fireEvent.click(viewsButton())
    fireEvent.click(screen.getByRole('menuitem', { name: 'Rename “Mine”…' }))
    const rename = screen.getByRole('dialog', { name: 'Rename view' })
    const name = within(rename).getByRole('textbox', { name: 'View name' })
    expect(name).toHaveValue('Mine')
    fireEvent.change(name, { target: { value: ' most engaged ' } })
    fireEvent.click(within(rename).getByRole('button', { name: 'Rename' }))
    expect(within(rename).getByText('There is already a view called “most engaged”')).toBeVisible()
    fireEvent.change(name, { target: { value: 'Ours' } })
    fireEvent.click(within(rename).getByRole('button', { name: 'Rename' }))
    expect(viewsButton()).toHaveTextContent(/^Ours$/)

    // Changing the order marks the view edited until it is updated.
    fireEvent.click(within(header('Name')).getByRole('button'))
    expect(viewsButton()).toHaveTextContent('Ours (edited)')
    fireEvent.click(viewsButton())
    fireEvent.click(screen.getByRole('menuitem', { name: 'Update “Ours”' }))
    expect(viewsButton()).toHaveTextContent(/^Ours$/)
    pickView('Most engaged')
    pickView('Ours')
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending')

    fireEvent.click(viewsButton())
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete “Ours”' }))
    fireEvent.click(viewsButton())
    expect(screen.queryByRole('menuitem', { name: 'Ours' })).not.toBeInTheDocument()
    fireEvent.click(viewsButton())

    await act(() => undoLast())
    expect(viewsButton()).toHaveTextContent(/^Ours$/)
    expect(useInfluencerTableStore.getState().views.map((v) => v.name)).toEqual(['Ours'])
  },
)

it('reads saved views back from the last session, dropping one that is damaged', slow, async () => {
  const good = {
    id: 'v1',
    name: 'German beauty',
    filters: { countries: ['DE'] },
    search: '',
    sort: { by: 'followers', dir: 'desc' },
  }
  localStorage.setItem(
    influencerTableStorageKey,
    JSON.stringify({
      state: {
        query: { filters: {}, search: '', sort: { by: 'name', dir: 'asc' } },
        views: [good, { id: 'v2', name: 42 }],
        activeViewId: 'builtin:all',
      },
      version: 1,
    }),
  )
  await useInfluencerTableStore.persist.rehydrate()
  renderInfluencers()
  await screen.findByText('5 influencers')
  fireEvent.click(viewsButton())
  expect(screen.getByRole('menuitem', { name: 'German beauty' })).toBeInTheDocument()
  expect(useInfluencerTableStore.getState().views.map((v) => v.id)).toEqual(['v1'])
})
