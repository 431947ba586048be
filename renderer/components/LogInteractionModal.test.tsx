import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { CrmError, type InfluencerDetail } from '#shared/contract/index'
import { useUiStore } from '../stores/ui-store.ts'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../test-utils.tsx'
import { LogInteractionModal } from './LogInteractionModal.tsx'
import type { z } from 'zod'

const ava = { id: '0190f0f0-0000-7000-8000-000000000001', name: 'Ava Stone' }

const handlers = {
  'influencers.get': () => ({ ...ava }) as unknown as z.infer<typeof InfluencerDetail>,
  'influencers.list': () => ({ rows: [], total: 0 }),
  'campaigns.list': () => [],
}

beforeEach(() => useUiStore.getState().closeLogInteraction())
afterEach(removeFakeCrm)

it(
  'logs a call for the influencer it was opened for, with what was typed',
  { timeout: 20_000 },
  async () => {
    const crm = installFakeCrm({
      ...handlers,
      'interactions.log': (input) => ({
        interaction: {
          id: 'x',
          influencerId: input.influencerId,
          userId: null,
          campaignId: null,
          type: input.type,
          direction: input.direction ?? null,
          subject: input.subject ?? null,
          content: input.content ?? null,
          attachmentPath: null,
          interactionDate: input.interactionDate ?? '',
          visibility: 'team',
        },
        relationship: null,
      }),
    })
    renderWithApp(<LogInteractionModal />)
    useUiStore.getState().openLogInteraction({ influencerId: ava.id, type: 'email' })
    const dialog = await screen.findByRole('dialog', { name: 'Log interaction' })
    expect(await within(dialog).findByDisplayValue('Ava Stone')).toBeInTheDocument()
    // Opened for an email; the user switches to a call.
    expect(within(dialog).getByRole('radio', { name: 'Email' })).toBeChecked()
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Call' }))
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Subject' }), {
      target: { value: '  Rates for spring  ' },
    })
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Notes' }), {
      target: { value: 'Asked for 3 reels' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save interaction' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const [call] = crm.callsTo('interactions.log') as Record<string, unknown>[]
    expect(call).toMatchObject({
      influencerId: ava.id,
      type: 'call',
      direction: 'outbound',
      subject: 'Rates for spring',
      content: 'Asked for 3 reels',
      attachmentPath: null,
    })
    // "When" defaults to now, sent as a UTC instant.
    expect(Math.abs(Date.parse(call!.interactionDate as string) - Date.now())).toBeLessThan(120_000)
  },
)

it('a note has no direction, and nobody chosen is refused before anything is sent', async () => {
  const crm = installFakeCrm(handlers)
  renderWithApp(<LogInteractionModal />)
  useUiStore.getState().openLogInteraction()
  const dialog = await screen.findByRole('dialog', { name: 'Log interaction' })
  fireEvent.click(within(dialog).getByRole('radio', { name: 'Note' }))
  expect(within(dialog).queryByRole('radiogroup', { name: 'Direction' })).not.toBeInTheDocument()
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save interaction' }))
  expect(await within(dialog).findByText('Choose who this was with')).toBeInTheDocument()
  expect(crm.callsTo('interactions.log')).toEqual([])
})

it("shows main's refusal under the field it names and keeps the dialog open", async () => {
  installFakeCrm({
    ...handlers,
    'interactions.log': () => {
      throw new CrmError('invalid_input', 'Check the highlighted fields', {
        subject: 'A subject is at most 255 characters',
      })
    },
  })
  renderWithApp(<LogInteractionModal />)
  useUiStore.getState().openLogInteraction({ influencerId: ava.id })
  const dialog = await screen.findByRole('dialog', { name: 'Log interaction' })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save interaction' }))
  expect(await within(dialog).findByText('A subject is at most 255 characters')).toBeInTheDocument()
  expect(screen.getByRole('dialog', { name: 'Log interaction' })).toBeInTheDocument()
})
