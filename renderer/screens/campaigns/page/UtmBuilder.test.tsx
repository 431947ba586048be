import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { CrmError } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../../test-utils.tsx'
import { influencerLink } from '../campaign-fixture.ts'
import { UtmBuilder } from './UtmBuilder.tsx'

afterEach(removeFakeCrm)

const field = (name: string) => screen.getByRole('textbox', { name })

it('starts from the brand site with the defaults main fills in, and sends only what was typed', async () => {
  const ava = influencerLink('Ava Stone', 1)
  const crm = installFakeCrm({ 'campaigns.buildUtm': () => ava })
  renderWithApp(
    <UtmBuilder
      link={ava}
      campaignName="Winter Glow '26"
      brandWebsite="https://glowlabs.example"
    />,
  )
  expect(field('Landing page')).toHaveValue('https://glowlabs.example')
  expect(field('Source')).toHaveAttribute('placeholder', 'instagram')
  expect(field('Medium')).toHaveAttribute('placeholder', 'influencer')
  expect(field('Campaign')).toHaveAttribute('placeholder', 'winter-glow-26')
  expect(field('Content')).toHaveAttribute('placeholder', 'ava-stone')

  fireEvent.change(field('Landing page'), {
    target: { value: 'https://glowlabs.example/serum?ref=home' },
  })
  fireEvent.change(field('Medium'), { target: { value: 'paid-social' } })
  expect(
    screen.getByText(
      'Will build: https://glowlabs.example/serum?ref=home&utm_source=instagram&utm_medium=paid-social&utm_campaign=winter-glow-26&utm_content=ava-stone',
    ),
  ).toBeInTheDocument()

  fireEvent.click(screen.getByRole('button', { name: 'Build link' }))
  await waitFor(() =>
    expect(crm.callsTo('campaigns.buildUtm')).toEqual([
      {
        campaignInfluencerId: ava.id,
        landingPage: 'https://glowlabs.example/serum?ref=home',
        utmSource: null,
        utmMedium: 'paid-social',
        utmCampaign: null,
        utmContent: null,
        utmTerm: null,
      },
    ]),
  )
})

it("puts main's refusal on the landing page field", async () => {
  const ava = influencerLink('Ava Stone', 1)
  const message = '"glowlabs" is not a web address; it should start with https://'
  installFakeCrm({
    'campaigns.buildUtm': () => {
      throw new CrmError('invalid_input', message, { landingPage: message })
    },
  })
  renderWithApp(<UtmBuilder link={ava} campaignName="Winter" brandWebsite={null} />)
  expect(field('Landing page')).toHaveValue('')
  fireEvent.change(field('Landing page'), { target: { value: 'glowlabs' } })
  expect(screen.queryByText(/^Will build/)).not.toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: 'Build link' }))
  expect(await screen.findByText(message)).toBeInTheDocument()
  expect(field('Landing page')).toHaveAttribute('aria-invalid', 'true')
})

it('shows a built link with its parameters and copy buttons that survive a missing clipboard', () => {
  installFakeCrm({})
  const url =
    'https://glowlabs.example/serum?ref=home&utm_source=instagram&utm_medium=influencer&utm_campaign=winter&utm_content=ava-stone'
  const ava = influencerLink('Ava Stone', 1, {
    utmUrl: url,
    utmSource: 'instagram',
    utmMedium: 'influencer',
    utmCampaign: 'winter',
    utmContent: 'ava-stone',
  })
  renderWithApp(<UtmBuilder link={ava} campaignName="Winter" brandWebsite={null} />)
  // The form opens on the stored link's own parts.
  expect(field('Landing page')).toHaveValue('https://glowlabs.example/serum?ref=home')
  expect(field('Medium')).toHaveValue('influencer')
  expect(screen.getByRole('button', { name: 'Rebuild link' })).toBeInTheDocument()

  const built = screen.getByRole('group', { name: 'Tracked link for Ava Stone' })
  expect(within(built).getByTestId('utm-url')).toHaveTextContent(url)
  const params = within(built).getByRole('table', { name: 'UTM parameters' })
  expect(
    within(params)
      .getAllByRole('row')
      .map((r) => r.textContent),
  ).toEqual([
    'utm_sourceinstagram',
    'utm_mediuminfluencer',
    'utm_campaignwinter',
    'utm_contentava-stone',
  ])
  expect('clipboard' in navigator).toBe(false)
  fireEvent.click(
    within(built).getByRole('button', { name: 'Copy the tracked link for Ava Stone' }),
  )
  fireEvent.click(within(params).getByRole('button', { name: 'Copy utm_medium' }))
  expect(within(built).getByTestId('utm-url')).toBeInTheDocument()
})
