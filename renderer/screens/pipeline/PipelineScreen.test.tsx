import { Notifications, notifications } from '@mantine/notifications'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { CrmError, type Input, type PipelineColumn } from '#shared/contract/index'
import { useUiStore } from '../../stores/ui-store.ts'
import { installFakeCrm, removeFakeCrm, renderWithApp, type FakeCrm } from '../../test-utils.tsx'
import { card, column } from './board-fixture.ts'
import { usePipelineFilters } from './filter-store.ts'
import { PipelineScreen } from './PipelineScreen.tsx'

type Move = Input<'pipeline.move'>

let columns: PipelineColumn[]
/** Everyone in the pipeline, filters aside, as main counts it. */
let total: number
/** What the fake main does with a move; each test decides. */
let onMove: (input: Move) => Promise<void>
let crm: FakeCrm

/** Mantine and dnd-kit in jsdom take seconds per test on a busy machine. */
const slow = { timeout: 30_000 }

const yesterday = new Date(Date.now() - 86_400_000).toISOString()

const layout = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
beforeAll(() => {
  // jsdom lays nothing out: give the columns a height so the virtualizer shows their cards.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 700,
  })
})
afterAll(() => {
  if (layout) Object.defineProperty(HTMLElement.prototype, 'clientHeight', layout)
})

beforeEach(() => {
  usePipelineFilters.setState({ filters: {} })
  columns = [
    {
      ...column('Saved', []),
      cards: [
        card('Ava Stone', {
          relationshipId: 'A',
          platforms: ['instagram', 'tiktok'],
          followers: 12_300,
          engagementRate: 3.42,
          priority: 4,
          followUpDate: yesterday,
          ownerName: 'Ben Ortiz',
        }),
        card('Bo Lund', { relationshipId: 'B' }),
      ],
      count: 2,
    },
    {
      ...column('Warm', []),
      cards: [card('Di', { relationshipId: 'D' }), card('Ed', { relationshipId: 'E' })],
      count: 2,
    },
    column('Cold', [], 'lost'),
  ]
  total = 4
  onMove = () => Promise.resolve()
  crm = installFakeCrm({
    'pipeline.board': () => ({ columns: structuredClone(columns), total }),
    'pipeline.move': async (input) => {
      await onMove(input)
      return {} as never
    },
    'pipeline.facets': () => ({ niches: [], tags: [], countries: [] }),
    'workspace.members': () => [],
  })
})
afterEach(() => {
  // Unmount before the bridge goes: a board still on the page would subscribe to nothing.
  cleanup()
  removeFakeCrm()
  // Notes from one test (moved, undone) must not be read by the next.
  notifications.clean()
})

const renderBoard = () =>
  renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/pipeline" element={<PipelineScreen />} />
        <Route path="/influencers/:id" element={<p>Influencer page</p>} />
      </Routes>
    </>,
    { route: '/pipeline' },
  )

const stage = (name: string) => screen.getByRole('region', { name })
const cardNames = (name: string) =>
  within(stage(name))
    .queryAllByRole('article')
    .map((a) => a.getAttribute('aria-label'))
const handle = (name: string) => screen.getByRole('button', { name })

/** The keyboard sensor starts listening for arrows a tick after Space lifts the card. */
const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)))
const press = (code: string) => fireEvent.keyDown(document.activeElement ?? document.body, { code })

async function moveWithKeyboard(name: string, codes: string[]) {
  const target = handle(name)
  target.focus()
  fireEvent.keyDown(target, { code: 'Space' })
  await tick()
  for (const code of codes) press(code)
  press('Space')
}

it(
  'shows each stage with its count, and on each card what a board needs at a glance',
  slow,
  async () => {
    renderBoard()
    expect(await screen.findByText('4 influencers in the pipeline')).toBeInTheDocument()
    expect(within(stage('Saved')).getByTestId('column-count')).toHaveTextContent('2')
    expect(within(stage('Cold')).getByText(/No one at this stage/)).toBeInTheDocument()
    const ava = screen.getByRole('article', { name: 'Ava Stone' })
    expect(within(ava).getByRole('img', { name: 'On Instagram, TikTok' })).toBeInTheDocument()
    expect(ava).toHaveTextContent('12.3K followers')
    expect(ava).toHaveTextContent('3.4% engagement')
    expect(within(ava).getByRole('img', { name: 'Priority 4 of 5' })).toBeInTheDocument()
    expect(ava).toHaveTextContent(/Overdue · /)
    expect(ava).toHaveTextContent('Ben Ortiz')
    expect(screen.getByRole('article', { name: 'Bo Lund' })).toHaveTextContent('No owner')
  },
)

it(
  'moves a card with the keyboard at once, sends its new neighbours, and offers undo',
  slow,
  async () => {
    let answer: () => void = () => {}
    onMove = () => new Promise((resolve) => (answer = resolve))
    renderBoard()
    await screen.findByRole('article', { name: 'Ava Stone' })

    await moveWithKeyboard('Ava Stone', ['ArrowRight', 'ArrowDown'])
    // Shown in its new place before main has answered.
    await waitFor(() => expect(cardNames('Warm')).toEqual(['Di', 'Ava Stone', 'Ed']))
    expect(cardNames('Saved')).toEqual(['Bo Lund'])
    expect(within(stage('Warm')).getByTestId('column-count')).toHaveTextContent('3')
    expect(within(stage('Saved')).getByTestId('column-count')).toHaveTextContent('1')
    expect(crm.callsTo('pipeline.move')).toEqual([
      { relationshipId: 'A', stageId: 'Warm', afterId: 'D', beforeId: 'E' },
    ])

    // Main takes the move; its next board is the truth from then on.
    const [ava] = columns[0]!.cards.splice(0, 1)
    columns[1]!.cards.splice(1, 0, ava!)
    columns[0]!.count = 1
    columns[1]!.count = 3
    answer()
    expect(await screen.findByText('Moved Ava Stone to Warm')).toBeInTheDocument()
    expect(cardNames('Warm')).toEqual(['Di', 'Ava Stone', 'Ed'])

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(crm.callsTo('pipeline.move')).toHaveLength(2))
    expect(crm.callsTo('pipeline.move')[1]).toEqual({
      relationshipId: 'A',
      stageId: 'Saved',
      beforeId: 'B',
    })
  },
)

it('puts the card back and says why when main refuses the move', slow, async () => {
  onMove = () => Promise.reject(new CrmError('conflict', 'Someone else just moved this card.'))
  renderBoard()
  await screen.findByRole('article', { name: 'Ava Stone' })
  await moveWithKeyboard('Ava Stone', ['ArrowRight', 'ArrowRight'])
  expect(await screen.findByText('Ava Stone could not be moved')).toBeInTheDocument()
  expect(
    screen.getByText('Someone else just moved this card. The card is back in Saved.'),
  ).toBeInTheDocument()
  await waitFor(() => expect(cardNames('Saved')).toEqual(['Ava Stone', 'Bo Lund']))
  expect(cardNames('Cold')).toEqual([])
  expect(within(stage('Cold')).getByTestId('column-count')).toHaveTextContent('0')
})

it(
  'sends nothing when a card is dropped where it was, or the move is cancelled',
  slow,
  async () => {
    renderBoard()
    await screen.findByRole('article', { name: 'Ava Stone' })
    await moveWithKeyboard('Bo Lund', ['ArrowUp', 'ArrowDown'])
    await tick()
    await moveWithKeyboard('Bo Lund', ['ArrowRight', 'Escape'])
    await tick()
    expect(crm.callsTo('pipeline.move')).toEqual([])
    expect(cardNames('Saved')).toEqual(['Ava Stone', 'Bo Lund'])
  },
)

it(
  'logs an interaction from the card menu, and opens the influencer with Enter on the card',
  slow,
  async () => {
    renderBoard()
    await screen.findByRole('article', { name: 'Ava Stone' })
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Bo Lund' }))
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Log interaction' }))
    await waitFor(() =>
      expect(useUiStore.getState().logTarget).toEqual({ influencerId: 'inf-Bo Lund' }),
    )
    useUiStore.getState().closeLogInteraction()

    fireEvent.keyDown(handle('Bo Lund'), { key: 'Enter', code: 'Enter' })
    expect(await screen.findByText('Influencer page')).toBeInTheDocument()
  },
)

it('opens the influencer with a click on the card', slow, async () => {
  renderBoard()
  fireEvent.click(await screen.findByRole('button', { name: 'Ava Stone' }))
  expect(await screen.findByText('Influencer page')).toBeInTheDocument()
})

it('opens the influencer from Open in the card menu', slow, async () => {
  renderBoard()
  fireEvent.click(await screen.findByRole('button', { name: 'Actions for Ava Stone' }))
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Open' }))
  expect(await screen.findByText('Influencer page')).toBeInTheDocument()
})

it('sets a follow-up from the card menu, at 9:00 on the chosen day', slow, async () => {
  renderBoard()
  await screen.findByRole('article', { name: 'Bo Lund' })
  const updates: Input<'pipeline.updateRelationship'>[] = []
  removeFakeCrm()
  crm = installFakeCrm({
    'pipeline.board': () => ({ columns: structuredClone(columns), total: 4 }),
    'pipeline.updateRelationship': (input) => {
      updates.push(input)
      return {} as never
    },
  })
  fireEvent.click(screen.getByRole('button', { name: 'Actions for Bo Lund' }))
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Set follow-up' }))
  fireEvent.click(await screen.findByRole('button', { name: 'Tomorrow' }))
  await waitFor(() => expect(updates).toHaveLength(1))
  const tomorrow = new Date()
  tomorrow.setDate(tomorrow.getDate() + 1)
  tomorrow.setHours(9, 0, 0, 0)
  expect(updates[0]).toEqual({ id: 'B', patch: { followUpDate: tomorrow.toISOString() } })
  expect(await screen.findByText(/Follow-up with Bo Lund set for/)).toBeInTheDocument()
})

it('says to add influencers when nobody is in the pipeline', slow, async () => {
  columns = [column('Saved', []), column('Warm', [])]
  total = 0
  renderBoard()
  expect(await screen.findByText('Nobody in the pipeline yet')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Go to Influencers' })).toHaveAttribute(
    'href',
    '/influencers',
  )
})

it('offers to clear filters that match nobody, and reads the whole board again', slow, async () => {
  usePipelineFilters.setState({ filters: { followUpDue: true, platforms: ['twitch'] } })
  const everyone = columns
  columns = columns.map((c) => ({ ...c, cards: [], count: 0 }))
  renderBoard()
  expect(await screen.findByText('Nobody matches these filters')).toBeInTheDocument()
  expect(crm.callsTo('pipeline.board').at(-1)).toEqual({
    cardsPerStage: 10_000,
    filters: { followUpDue: true, platforms: ['twitch'] },
  })
  columns = everyone
  fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!)
  expect(await screen.findByText('4 influencers in the pipeline')).toBeInTheDocument()
  expect(usePipelineFilters.getState().filters).toEqual({})
  expect(crm.callsTo('pipeline.board').at(-1)).toEqual({ cardsPerStage: 10_000 })
})

it('says what went wrong when the board cannot be read', slow, async () => {
  removeFakeCrm()
  installFakeCrm({
    'pipeline.board': () => {
      throw new CrmError('internal', 'The database file is locked by another program.')
    },
  })
  renderBoard()
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('This could not be loaded')
  expect(alert).toHaveTextContent('The database file is locked by another program.')
})
