import { expect, it } from 'vitest'
import { campaignDetail, influencerLink } from '../campaign-fixture.ts'
import { timelineMarks } from './timeline-marks.ts'

const deliverable = (id: string, dueDate: string | null, campaignInfluencerId: string | null) => ({
  id,
  campaignId: 'c',
  campaignInfluencerId,
  type: 'reel' as const,
  count: 2,
  priceMin: null,
  priceMax: null,
  priceSuggested: null,
  currency: 'EUR',
  instructions: null,
  dueDate,
  status: 'pending' as const,
  postUrl: null,
})

it('places start, deadline, due days and end along the span, with today where it falls', () => {
  const ava = influencerLink('Ava Stone', 1)
  const { marks, todayPercent } = timelineMarks(
    campaignDetail({
      startDate: '2026-12-01T00:00:00.000Z',
      endDate: '2026-12-31T00:00:00.000Z',
      submissionDeadline: '2026-12-16T00:00:00.000Z',
      influencers: [ava],
      deliverables: [
        deliverable('d1', '2026-12-07T00:00:00.000Z', ava.id),
        deliverable('d2', '2026-12-25T00:00:00.000Z', null),
        deliverable('d3', '2026-12-25T00:00:00.000Z', ava.id),
        deliverable('d4', null, ava.id),
      ],
    }),
    new Date('2026-12-10T00:00:00.000Z'),
  )
  expect(marks.map((m) => [m.label, Math.round(m.percent)])).toEqual([
    ['Starts', 0],
    ['Ava Stone: 2 × reel', 20],
    ['Content due', 50],
    ['2 deliverables due', 80],
    ['Ends', 100],
  ])
  expect(todayPercent).toBe(30)
})

it('gives labels to start, end and deadlines first and leaves crowded due days to tooltips', () => {
  const days = ['02', '03', '04', '05']
  const { marks } = timelineMarks(
    campaignDetail({
      startDate: '2026-12-01T00:00:00.000Z',
      endDate: '2026-12-31T00:00:00.000Z',
      deliverables: days.map((d) => deliverable(d, `2026-12-${d}T00:00:00.000Z`, null)),
    }),
    new Date('2027-06-01T00:00:00.000Z'),
  )
  expect(marks.map((m) => m.lane)).toEqual(['above', 'below', 'none', 'none', 'none', 'above'])
})

it('has nothing to draw without dates, and puts a lone date in the middle', () => {
  expect(timelineMarks(campaignDetail({ startDate: null, endDate: null }), new Date())).toEqual({
    marks: [],
    todayPercent: null,
  })
  const lone = timelineMarks(
    campaignDetail({ startDate: '2026-12-01T00:00:00.000Z', endDate: null }),
    new Date('2026-12-01T00:00:00.000Z'),
  )
  expect(lone.marks).toMatchObject([{ label: 'Starts', percent: 50, lane: 'above' }])
  expect(lone.todayPercent).toBeNull()
})
