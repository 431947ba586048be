import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { CrmError, type Output, type Spend } from '#shared/contract/index'
import {
  installFakeCrm,
  removeFakeCrm,
  renderWithApp,
  type FakeHandlers,
} from '../../test-utils.tsx'
import { DashboardScreen } from './DashboardScreen.tsx'
import { formatMoney } from '../../lib/money.ts'
import { localWeekStart } from './week-start.ts'

afterEach(removeFakeCrm)

const summary: Output<'workspace.summary'> = {
  organization: { id: 'o1', name: 'Northwind Talent', currency: 'USD', timezone: 'UTC' },
  counts: { influencers: 0, relationships: 0, interactions: 0, campaigns: 0, documents: 0 },
  dataFile: '/tmp/crm.sqlite',
}
const zero = { email: 0, call: 0, meeting: 0, note: 0, dm: 0, file_upload: 0 }

/** An agency with nothing in it yet: every section should say what to do. */
const emptyAgency: FakeHandlers = {
  'workspace.summary': () => summary,
  'dashboard.funnel': () => [
    { stageId: 's1', name: 'Saved', kind: 'open', count: 0 },
    { stageId: 's2', name: 'Partnered', kind: 'won', count: 0 },
  ],
  'dashboard.spend': () => ({ campaigns: [], totals: [] }),
  'dashboard.activity': ({ weeks = 12, weekStart }) => ({
    weeks: Array.from({ length: weeks }, () => ({ start: weekStart, counts: zero, total: 0 })),
    types: ['email', 'call', 'meeting', 'note', 'dm', 'file_upload'],
  }),
  'dashboard.leaderboard': () => ({ currency: 'USD', currencies: [], rows: [] }),
  'dashboard.team': () => [],
  'opportunities.roi': () => ({
    currency: 'USD',
    attributedRevenue: 0,
    spend: 0,
    roi: null,
    wonDeals: 0,
  }),
}

const campaign = (id: string, currency: string, budget: number, paid: number) => ({
  id,
  name: `Campaign ${id}`,
  brandName: null,
  status: 'active' as const,
  currency,
  budget,
  committed: 0,
  paid,
  offerCount: 0,
  attributedRevenue: 0,
  roi: null,
})

it('an empty agency gets an empty state in every section that says what to do', async () => {
  const crm = installFakeCrm(emptyAgency)
  renderWithApp(<DashboardScreen />)
  for (const words of [
    'Nobody in the pipeline yet',
    'No campaign is running',
    'Nothing logged in the last 12 weeks',
    'No one has been paid yet',
    'No revenue attributed yet',
    'No team members on this computer yet',
  ])
    expect(await screen.findByText(words)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Open the pipeline' })).toHaveAttribute(
    'href',
    '/pipeline',
  )
  expect(screen.getByRole('button', { name: 'Log an interaction' })).toBeInTheDocument()
  // The week is the user's own: main is told where it starts.
  expect(crm.callsTo('dashboard.activity')).toEqual([{ weeks: 12, weekStart: localWeekStart() }])
})

it('shows a read that failed in words, in its own section only', async () => {
  installFakeCrm({
    ...emptyAgency,
    'dashboard.funnel': () => {
      throw new CrmError('not_found', 'This workspace has no pipeline stages yet.')
    },
  })
  renderWithApp(<DashboardScreen />)
  const funnel = await screen.findByRole('region', { name: 'Pipeline funnel' })
  expect(await within(funnel).findByRole('alert')).toHaveTextContent(
    'This workspace has no pipeline stages yet.',
  )
  expect(await screen.findByText('No campaign is running')).toBeInTheDocument()
})

it('lists top influencers with links to their pages, and spend per currency', async () => {
  let spend: Spend = {
    campaigns: [campaign('a', 'USD', 900_000, 100_000), campaign('b', 'EUR', 400_000, 50_000)],
    totals: [
      {
        currency: 'USD',
        campaigns: 1,
        budget: 900_000,
        committed: 0,
        paid: 100_000,
        offerCount: 0,
      },
      { currency: 'EUR', campaigns: 1, budget: 400_000, committed: 0, paid: 50_000, offerCount: 0 },
    ],
  }
  const crm = installFakeCrm({
    ...emptyAgency,
    'dashboard.spend': () => spend,
    'dashboard.leaderboard': () => ({
      currency: 'USD',
      currencies: ['USD'],
      rows: [
        {
          influencerId: '0190f5a2-0000-7000-8000-000000000001',
          name: 'Ava Stone',
          primaryPlatform: 'instagram',
          completedCampaigns: 2,
          avgEngagement: 3.25,
          earnings: 1_250_000,
        },
      ],
    }),
  })
  renderWithApp(<DashboardScreen />)

  const board = await screen.findByRole('table', { name: 'Top influencers' })
  expect(within(board).getByRole('link', { name: 'Ava Stone' })).toHaveAttribute(
    'href',
    '/influencers/0190f5a2-0000-7000-8000-000000000001',
  )
  expect(board).toHaveTextContent(formatMoney(1_250_000, 'USD'))
  expect(board).toHaveTextContent('3.25%')

  const section = screen.getByRole('region', { name: 'Campaign spend' })
  expect(within(section).getByTestId('spend-Paid')).toHaveTextContent(formatMoney(100_000, 'USD'))
  expect(within(section).getByRole('table', { name: 'Campaign spend' })).toHaveTextContent(
    'Campaign a',
  )
  fireEvent.click(within(section).getByText('EUR'))
  expect(within(section).getByTestId('spend-Paid')).toHaveTextContent(formatMoney(50_000, 'EUR'))
  expect(within(section).getByRole('table', { name: 'Campaign spend' })).not.toHaveTextContent(
    'Campaign a',
  )

  // A payment recorded elsewhere: main reports it and the section reads again.
  spend = { ...spend, totals: [spend.totals[0]!, { ...spend.totals[1]!, paid: 75_000 }] }
  crm.emit(['payments'])
  await waitFor(() =>
    expect(within(section).getByTestId('spend-Paid')).toHaveTextContent(formatMoney(75_000, 'EUR')),
  )
})
