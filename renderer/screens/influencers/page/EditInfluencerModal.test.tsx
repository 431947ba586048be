import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { CrmError, type Output } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../../test-utils.tsx'
import { EditInfluencerModal } from './EditInfluencerModal.tsx'

const ava: Output<'influencers.get'> = {
  id: '0190f5a2-0000-7000-8000-0000000000a1',
  name: 'Ava Stone',
  email: 'ava@example.com',
  phone: '+44 20 7946 0000',
  primaryPlatform: 'instagram',
  followers: 52_000,
  engagementRate: 3.2,
  country: 'GB',
  nicheTags: ['beauty'],
  stageId: null,
  ownerId: null,
  bio: 'Skincare, honestly.',
  language: 'en',
  profileUrl: 'https://instagram.com/avastone',
  source: 'manual',
  audienceDemographics: null,
  rateCard: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  accounts: [],
  stats: [],
  relationship: null,
}

afterEach(removeFakeCrm)

it("shows main's refusals on the fields they name and saves once corrected", async () => {
  let refuse = true
  const crm = installFakeCrm({
    'influencers.update': ({ patch }) => {
      if (refuse) {
        refuse = false
        throw new CrmError('invalid_input', 'influencers.update refused its input', {
          'patch.email': 'Email is not a valid address',
          'patch.country': 'Country is a two-letter ISO code, such as US',
        })
      }
      return { ...ava, ...patch }
    },
  })
  const onClose = vi.fn()
  renderWithApp(<EditInfluencerModal influencer={ava} onClose={onClose} />)
  const email = screen.getByRole('textbox', { name: 'Email' })
  fireEvent.change(email, { target: { value: 'ava-at-example' } })
  fireEvent.change(screen.getByRole('textbox', { name: 'Phone' }), { target: { value: '' } })
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(await screen.findByText('Email is not a valid address')).toBeInTheDocument()
  expect(email).toHaveAttribute('aria-invalid', 'true')
  expect(screen.getByRole('textbox', { name: 'Country' })).toHaveAttribute('aria-invalid', 'true')
  expect(onClose).not.toHaveBeenCalled()

  fireEvent.change(email, { target: { value: 'ava@stone.example' } })
  expect(screen.queryByText('Email is not a valid address')).not.toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
  await waitFor(() => expect(onClose).toHaveBeenCalled())
  const [, saved] = crm.callsTo('influencers.update') as { patch: Record<string, unknown> }[]
  expect(saved!.patch).toMatchObject({
    name: 'Ava Stone',
    email: 'ava@stone.example',
    // An emptied field is cleared, not kept.
    phone: null,
    country: 'GB',
    nicheTags: ['beauty'],
  })
})
