import type { CampaignDetail } from '#shared/contract/index'
import { humanize } from '../campaign-words.ts'

export type MarkKind = 'start' | 'end' | 'deadline' | 'due'
export type Lane = 'above' | 'below' | 'none'

export interface TimelineMark {
  key: string
  label: string
  at: string
  kind: MarkKind
  /** Where on the line, 0–100. */
  percent: number
  /** Where its label goes; 'none' when it would cover another (its tooltip still tells). */
  lane: Lane
}

export interface Timeline {
  marks: TimelineMark[]
  /** Where today falls, or null when it is outside the campaign's span. */
  todayPercent: number | null
}

/** Labels closer than this (percent of the line) would overlap on a laptop-wide page. */
const labelGap = 14

/** One mark per due day: a campaign may have dozens of deliverables due on a few days. */
function dueMarks(campaign: CampaignDetail) {
  const names = new Map(campaign.influencers.map((i) => [i.id, i.influencerName]))
  const byDay = new Map<string, CampaignDetail['deliverables']>()
  for (const d of campaign.deliverables) {
    if (!d.dueDate || Number.isNaN(Date.parse(d.dueDate))) continue
    const day = d.dueDate.slice(0, 10)
    byDay.set(day, [...(byDay.get(day) ?? []), d])
  }
  return [...byDay].map(([day, due]) => {
    const one = due[0]!
    const who = one.campaignInfluencerId ? names.get(one.campaignInfluencerId) : undefined
    const what = `${one.count > 1 ? `${one.count} × ` : ''}${humanize(one.type).toLowerCase()}`
    return {
      key: `due-${day}`,
      label:
        due.length > 1
          ? `${due.length} deliverables due`
          : who
            ? `${who}: ${what}`
            : humanize(what),
      at: one.dueDate!,
      kind: 'due' as const,
    }
  })
}

/**
 * The campaign's dates on one line: start, deadlines, due days, end. The line spans the
 * earliest to the latest of them; one date alone sits in the middle. Start, end and
 * deadlines get their labels first; due days take the room that is left.
 */
export function timelineMarks(campaign: CampaignDetail, now: Date): Timeline {
  const raw: Omit<TimelineMark, 'percent' | 'lane'>[] = []
  const add = (key: string, label: string, at: string | null, kind: MarkKind) => {
    if (at && !Number.isNaN(Date.parse(at))) raw.push({ key, label, at, kind })
  }
  add('start', 'Starts', campaign.startDate, 'start')
  add('submission', 'Content due', campaign.submissionDeadline, 'deadline')
  add('deliverables', 'Deliverables due', campaign.deliverableDeadline, 'deadline')
  add('end', 'Ends', campaign.endDate, 'end')
  raw.push(...dueMarks(campaign))
  if (raw.length === 0) return { marks: [], todayPercent: null }

  const times = raw.map((m) => Date.parse(m.at))
  const first = Math.min(...times)
  const last = Math.max(...times)
  const span = last - first
  const place = (time: number) => (span === 0 ? 50 : ((time - first) / span) * 100)
  const marks: TimelineMark[] = raw.map((m) => ({
    ...m,
    percent: place(Date.parse(m.at)),
    lane: 'none',
  }))

  const taken: Record<'above' | 'below', number[]> = { above: [], below: [] }
  const fits = (lane: 'above' | 'below', percent: number) =>
    taken[lane].every((p) => Math.abs(p - percent) >= labelGap)
  for (const mark of [...marks].sort(
    (a, b) => Number(a.kind === 'due') - Number(b.kind === 'due'),
  )) {
    const lane = (['above', 'below'] as const).find((l) => fits(l, mark.percent))
    if (lane) {
      mark.lane = lane
      taken[lane].push(mark.percent)
    }
  }
  marks.sort((a, b) => a.percent - b.percent)
  const today = now.getTime()
  return { marks, todayPercent: span > 0 && today >= first && today <= last ? place(today) : null }
}
