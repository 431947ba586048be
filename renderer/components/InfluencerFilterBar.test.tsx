import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { InfluencerFilters } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../test-utils.tsx'
import { InfluencerFilterBar } from './InfluencerFilterBar.tsx'

const ben = '0190f5a2-0000-7000-8000-0000000000b1'
const cleo = '0190f5a2-0000-7000-8000-0000000000c1'

beforeEach(() => {
  installFakeCrm({
    'pipeline.facets': () => ({
      niches: ['beauty', 'travel'],
      tags: ['q4', 'vip'],
      countries: ['GB', 'US'],
    }),
    'workspace.members': () => [
      { id: ben, name: 'Ben Ortiz', email: 'ben@northwind.test' },
      { id: cleo, name: 'Cleo Park', email: 'cleo@northwind.test' },
    ],
  })
})
afterEach(removeFakeCrm)

/** The bar as a screen holds it: the value it shows is the last one it emitted. */
function renderBar(initial: InfluencerFilters = {}) {
  const emitted: InfluencerFilters[] = []
  function Holder() {
    const [value, setValue] = useState(initial)
    return (
      <InfluencerFilterBar
        value={value}
        searchLabel="Search the pipeline"
        onChange={(next) => {
          emitted.push(next)
          setValue(next)
        }}
      />
    )
  }
  renderWithApp(<Holder />)
  return { emitted, last: () => emitted.at(-1) }
}

const choose = async (picker: string, option: string) => {
  fireEvent.click(screen.getByRole('combobox', { name: picker }))
  fireEvent.click(await screen.findByRole('option', { name: option }))
}

it('sends the platform, niche, tag and owner chosen, each under its own key', async () => {
  const { last } = renderBar()
  await choose('Platform', 'TikTok')
  expect(last()).toEqual({ platforms: ['tiktok'] })
  await choose('Niche', 'travel')
  await choose('Tags', 'vip')
  await choose('Owner', 'Cleo Park')
  expect(last()).toEqual({
    platforms: ['tiktok'],
    niches: ['travel'],
    tags: ['vip'],
    ownerIds: [cleo],
  })
})

it('sends the search as typed, and the due switch only while it is on', () => {
  const { last } = renderBar()
  fireEvent.change(screen.getByRole('textbox', { name: 'Search the pipeline' }), {
    target: { value: 'ava ' },
  })
  expect(last()).toEqual({ search: 'ava ' })
  const due = screen.getByRole('switch', { name: 'Due follow-ups' })
  fireEvent.click(due)
  expect(last()).toEqual({ search: 'ava ', followUpDue: true })
  fireEvent.click(due)
  expect(last()).toEqual({ search: 'ava ' })
})

it('sends follower and engagement ranges and countries from More filters', async () => {
  const { last } = renderBar()
  fireEvent.click(screen.getByRole('button', { name: 'More filters' }))
  const more = await screen.findByRole('dialog', { name: /More filters/ })
  fireEvent.change(within(more).getByRole('textbox', { name: 'Followers from' }), {
    target: { value: '10,000' },
  })
  expect(last()).toEqual({ followersMin: 10_000 })
  fireEvent.change(within(more).getByRole('textbox', { name: 'Engagement from' }), {
    target: { value: '2.5%' },
  })
  expect(last()).toEqual({ followersMin: 10_000, engagementMin: 2.5 })
  fireEvent.change(within(more).getByRole('textbox', { name: 'Followers from' }), {
    target: { value: '' },
  })
  expect(last()).toEqual({ engagementMin: 2.5 })
  await choose('Country', 'GB')
  expect(last()).toEqual({ engagementMin: 2.5, countries: ['GB'] })
  expect(screen.getByRole('button', { name: /More filters/ })).toHaveTextContent('2')
})

it('says a follower range is upside down on its field', async () => {
  renderBar({ followersMin: 50_000, followersMax: 1_000 })
  fireEvent.click(screen.getByRole('button', { name: /More filters/ }))
  const more = await screen.findByRole('dialog', { name: /More filters/ })
  expect(within(more).getByRole('textbox', { name: 'Followers to' })).toHaveAccessibleDescription(
    'Below the lowest',
  )
})

it('counts the active filters, a range once, and clears them all', async () => {
  const { last } = renderBar({
    platforms: ['youtube', 'tiktok'],
    followersMin: 1_000,
    followersMax: 90_000,
    followUpDue: true,
    search: 'ava',
  })
  expect(screen.getByTestId('active-filters')).toHaveTextContent('4 filters active')
  fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
  expect(last()).toEqual({})
  await waitFor(() => expect(screen.getByTestId('active-filters')).toHaveTextContent(''))
  expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: 'Search the pipeline' })).toHaveValue('')
  expect(screen.getByRole('switch', { name: 'Due follow-ups' })).not.toBeChecked()
})

it('still offers the platforms when the pickers cannot be filled', async () => {
  removeFakeCrm()
  installFakeCrm({})
  const { last } = renderBar()
  await choose('Platform', 'YouTube')
  expect(last()).toEqual({ platforms: ['youtube'] })
})
