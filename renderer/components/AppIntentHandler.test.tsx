import { act, render, screen } from '@testing-library/react'
import { useEffect } from 'react'
import { afterEach, expect, it } from 'vitest'
import { MemoryRouter, Route, Routes, useParams } from 'react-router'
import { appIntentTopic, type AppIntent } from '#shared/contract/index'
import { useUiStore } from '../stores/ui-store.ts'
import { installFakeCrm, removeFakeCrm } from '../test-utils.tsx'
import { AppIntentHandler } from './AppIntentHandler.tsx'

afterEach(() => {
  removeFakeCrm()
  useUiStore.setState({ logTarget: null, shortcutsOpen: false, pageInfluencerId: null })
})

/** Stands in for the influencer page, which tells the store whose page is open. */
function InfluencerShown() {
  const { id = null } = useParams()
  useEffect(() => useUiStore.getState().setPageInfluencer(id), [id])
  return <p>influencer {id}</p>
}

const id = '0192f4c5-7d3e-7a41-9b2c-5e6f7a8b9c0d'

it('opens the influencer a crm:// link named, and the dialogs the menu asked for, for them', async () => {
  const queue: AppIntent[] = [{ kind: 'open-influencer', influencerId: id }]
  const crm = installFakeCrm({ 'app.takeIntent': () => queue.shift() ?? null })
  render(
    <MemoryRouter initialEntries={['/pipeline']}>
      <Routes>
        <Route path="/pipeline" element={<p>pipeline</p>} />
        <Route path="/influencers/:id" element={<InfluencerShown />} />
      </Routes>
      <AppIntentHandler />
    </MemoryRouter>,
  )
  // Taken when the window starts: the link that launched the app was waiting.
  expect(await screen.findByText(`influencer ${id}`)).toBeInTheDocument()

  queue.push({ kind: 'log-interaction' }, { kind: 'show-shortcuts' })
  act(() => crm.emit([appIntentTopic]))
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
  expect(useUiStore.getState().logTarget).toEqual({ influencerId: id })
  expect(useUiStore.getState().shortcutsOpen).toBe(true)
  expect(queue).toEqual([])
})
