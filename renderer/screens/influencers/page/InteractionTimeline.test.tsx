import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { InteractionRow, InteractionType } from '#shared/contract/index'
import { undoLast } from '../../../lib/undo.tsx'
import { useUiStore } from '../../../stores/ui-store.ts'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../../test-utils.tsx'
import { InteractionTimeline } from './InteractionTimeline.tsx'
import { timelinePage } from './use-timeline.ts'

const influencerId = '0190f5a2-0000-7000-8000-0000000000a1'
const maya = {
  id: '0190f5a2-0000-7000-8000-0000000000b1',
  name: 'Maya Patel',
  email: 'maya@nw.test',
}

let serial = 0
const row = (over: Partial<InteractionRow> & { type: InteractionType; interactionDate: string }) =>
  ({
    id: `0190f5a2-0000-7000-8000-${String(++serial).padStart(12, '0')}`,
    influencerId,
    userId: maya.id,
    campaignId: null,
    direction: 'outbound',
    subject: null,
    content: null,
    attachmentPath: null,
    visibility: 'team',
    ...over,
  }) satisfies InteractionRow

/** Answers like main: newest first, `before` strictly earlier, at most `limit`. */
const timelineOf =
  (rows: () => InteractionRow[]) =>
  ({ limit = 100, before }: { limit?: number; before?: string }) =>
    rows()
      .filter((r) => !before || r.interactionDate < before)
      .sort((a, b) => b.interactionDate.localeCompare(a.interactionDate))
      .slice(0, limit)

const entries = () =>
  within(screen.getByRole('list', { name: 'Interactions' })).getAllByRole('listitem')

afterEach(() => {
  removeFakeCrm()
  useUiStore.getState().closeLogInteraction()
})

it('shows every type newest first, with direction, subject, who logged it and the file name', async () => {
  const rows = [
    row({ type: 'email', subject: 'Intro', interactionDate: '2026-11-01T09:00:00.000Z' }),
    row({
      type: 'call',
      direction: 'inbound',
      subject: 'Rates for the winter campaign',
      content: 'Asked for 3 reels',
      interactionDate: '2026-11-24T15:30:00.000Z',
    }),
    row({ type: 'meeting', subject: 'Studio visit', interactionDate: '2026-11-10T10:00:00.000Z' }),
    row({
      type: 'note',
      direction: null,
      subject: 'Prefers mornings',
      interactionDate: '2026-11-05T10:00:00.000Z',
    }),
    row({
      type: 'dm',
      subject: 'Quick ping',
      interactionDate: '2026-11-20T10:00:00.000Z',
      userId: null,
    }),
    row({
      type: 'file_upload',
      subject: 'Signed brief',
      attachmentPath: '7f1c2b9e-1111-4222-8333-944455556666/brief final (v2).pdf',
      interactionDate: '2026-11-22T10:00:00.000Z',
      userId: '0190f5a2-0000-7000-8000-0000000000ff',
    }),
  ]
  installFakeCrm({
    'interactions.timeline': timelineOf(() => rows),
    'workspace.members': () => [maya],
  })
  renderWithApp(<InteractionTimeline influencerId={influencerId} />)

  await waitFor(() => expect(entries()).toHaveLength(6))
  const types = entries().map((e) => within(e).getByTestId('interaction-type').textContent)
  expect(types).toEqual(['Call', 'File', 'DM', 'Meeting', 'Note', 'Email'])

  const [call, file, dm, , note] = entries()
  expect(call).toHaveTextContent('Inbound')
  expect(call).toHaveTextContent('Rates for the winter campaign')
  expect(call).toHaveTextContent('Asked for 3 reels')
  await waitFor(() => expect(call).toHaveTextContent('logged by Maya Patel'))
  expect(within(file!).getByTestId('interaction-attachment')).toHaveTextContent(
    /^brief final \(v2\)\.pdf$/,
  )
  expect(file).toHaveTextContent('logged by a former colleague')
  expect(dm).not.toHaveTextContent('logged by')
  expect(note).not.toHaveTextContent(/Inbound|Outbound/)
  // The day as the user's own clock reads 15:30 UTC (the dom project runs far from UTC).
  const day = new Date('2026-11-24T15:30:00.000Z').getDate()
  expect(within(call!).getByText(new RegExp(`Nov ${day}, 2026|${day} Nov 2026`))).toHaveAttribute(
    'datetime',
    '2026-11-24T15:30:00.000Z',
  )
})

it('says what to do when there is nothing yet, and the button opens the log dialog for them', async () => {
  installFakeCrm({ 'interactions.timeline': () => [], 'workspace.members': () => [maya] })
  renderWithApp(<InteractionTimeline influencerId={influencerId} />)
  expect(
    await screen.findByText('No interactions yet — log the first one (Ctrl/⌘ L)'),
  ).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: 'Log interaction' }))
  expect(useUiStore.getState().logTarget).toEqual({ influencerId })
})

it('shows a call logged elsewhere at the top as soon as main reports it', async () => {
  const rows = [
    row({ type: 'email', subject: 'Intro', interactionDate: '2026-11-01T09:00:00.000Z' }),
  ]
  const crm = installFakeCrm({
    'interactions.timeline': timelineOf(() => rows),
    'workspace.members': () => [maya],
  })
  renderWithApp(<InteractionTimeline influencerId={influencerId} />)
  await waitFor(() => expect(entries()).toHaveLength(1))

  rows.push(
    row({ type: 'call', subject: 'Follow-up call', interactionDate: '2026-11-25T12:00:00.000Z' }),
  )
  act(() => crm.emit(['campaigns']))
  expect(entries()).toHaveLength(1)
  act(() => crm.emit(['interactions', 'influencer_relationships']))
  await waitFor(() => expect(entries()).toHaveLength(2))
  expect(entries()[0]).toHaveTextContent('Follow-up call')
})

it('loads older pages with `before`, keeping each row once', async () => {
  const start = Date.parse('2026-06-01T00:00:00.000Z')
  const rows = Array.from({ length: timelinePage + 5 }, (_, n) =>
    row({
      type: 'note',
      subject: `Note ${n + 1}`,
      // Two notes share each instant, so a page boundary falls between twins.
      interactionDate: new Date(start + Math.floor(n / 2) * 3_600_000).toISOString(),
    }),
  )
  const crm = installFakeCrm({
    'interactions.timeline': timelineOf(() => rows),
    'workspace.members': () => [maya],
  })
  renderWithApp(<InteractionTimeline influencerId={influencerId} />)
  await waitFor(() => expect(entries()).toHaveLength(timelinePage))

  fireEvent.click(screen.getByRole('button', { name: 'Load older' }))
  await waitFor(() => expect(entries()).toHaveLength(timelinePage + 5))
  const subjects = entries().map((e) => within(e).getByTestId('interaction-subject').textContent)
  expect(new Set(subjects).size).toBe(timelinePage + 5)
  expect(subjects).toContain('Note 1')
  const older = crm.callsTo('interactions.timeline').at(-1) as { before?: string }
  expect(older.before).toBeDefined()
  expect(screen.queryByRole('button', { name: 'Load older' })).not.toBeInTheDocument()
})

it('deletes an interaction and brings it back with undo', async () => {
  let rows = [
    row({ type: 'call', subject: 'Rates', interactionDate: '2026-11-24T15:30:00.000Z' }),
    row({ type: 'email', subject: 'Intro', interactionDate: '2026-11-01T09:00:00.000Z' }),
  ]
  const removed: InteractionRow[] = []
  const crm = installFakeCrm({
    'interactions.timeline': timelineOf(() => rows),
    'workspace.members': () => [maya],
    'interactions.delete': ({ id }) => {
      removed.push(...rows.filter((r) => r.id === id))
      rows = rows.filter((r) => r.id !== id)
      queueMicrotask(() => crm.emit(['interactions']))
      return { id }
    },
    'interactions.restore': ({ id }) => {
      rows = [...rows, ...removed.filter((r) => r.id === id)]
      queueMicrotask(() => crm.emit(['interactions']))
      return { id }
    },
  })
  renderWithApp(<InteractionTimeline influencerId={influencerId} />)
  await waitFor(() => expect(entries()).toHaveLength(2))

  fireEvent.click(screen.getByRole('button', { name: 'Delete call “Rates”' }))
  await waitFor(() => expect(entries()).toHaveLength(1))
  expect(entries()[0]).toHaveTextContent('Intro')

  await act(() => undoLast())
  await waitFor(() => expect(entries()).toHaveLength(2))
  expect(entries()[0]).toHaveTextContent('Rates')
  expect(crm.callsTo('interactions.restore')).toEqual([{ id: removed[0]!.id }])
})
