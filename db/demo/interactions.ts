import { interactionTypes } from '#shared/domain/enums'
import { relationshipStrength, type StrengthInput } from '#shared/domain/relationship-strength'
import { newId } from '../sqlite/ids.ts'
import * as t from '../sqlite/schema/index.ts'
import { bodies, COLD, interactionMix, SAVED, stageTalk, subjects } from './agency-profile.ts'
import type { Campaign } from './campaigns.ts'
import type { Brand } from './clients.ts'
import {
  ascii,
  chunkSize,
  fill,
  iso,
  stamp,
  type Agency,
  type DemoContext,
  type Roster,
} from './context.ts'

/**
 * Every interaction decided (who, when, what kind, which direction) before any text is
 * written, so relationship strength and last contact can be computed first. Indexed by
 * interaction number n unless said otherwise.
 */
export interface InteractionPlan {
  /** Roster index of the influencer. */
  who: Int32Array
  when: Float64Array
  /** Index into interactionTypes. */
  kind: Uint8Array
  /** 0 outbound, 1 inbound, 2 neither (notes and meetings). */
  inbound: Uint8Array
  /** Interaction numbers grouped by influencer. */
  order: Int32Array
  /** Per roster index. */
  strength: Uint8Array
  /** Per roster index, ms; 0 when never contacted. */
  lastContact: Float64Array
}

/** Interactions: when, what and with whom, weighted by how far along each person is. */
export function planInteractions(ctx: DemoContext, roster: Roster): InteractionPlan {
  const { faker, weighted, between, chance, now, daysAgo } = ctx
  const size = ctx.size.influencers
  const interactionCount = ctx.size.interactions
  const talk = new Float64Array(size)
  let talkTotal = 0
  for (let i = 0; i < size; i++) talk[i] = talkTotal += stageTalk[roster.stage[i]!]!
  const who = new Int32Array(interactionCount)
  const when = new Float64Array(interactionCount)
  const kind = new Uint8Array(interactionCount)
  const inbound = new Uint8Array(interactionCount)
  const typeEntries = interactionMix.map(([type, w]): [number, number] => [
    interactionTypes.indexOf(type),
    w,
  ])
  for (let n = 0; n < interactionCount && size > 0; n++) {
    const roll = faker.number.float() * talkTotal
    let lo = 0
    let hi = size - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (talk[mid]! <= roll) lo = mid + 1
      else hi = mid
    }
    who[n] = lo
    const cold = roster.stage[lo] === COLD
    // Recent days are busier; cold relationships went quiet a while ago.
    const age = cold ? between(60, 180) : 180 * faker.number.float() ** 1.6
    when[n] = Math.max(roster.createdAt[lo]!, daysAgo(age))
    const type =
      roster.stage[lo] === SAVED ? interactionTypes.indexOf('note') : weighted(typeEntries)
    kind[n] = type
    const t2 = interactionTypes[type]!
    inbound[n] = t2 === 'note' || t2 === 'meeting' ? 2 : chance(0.4) ? 1 : 0
  }
  // Group by influencer (counting sort) for strength and last contact.
  const startOf = new Int32Array(size + 1)
  for (let n = 0; n < interactionCount; n++) startOf[who[n]! + 1]!++
  for (let i = 0; i < size; i++) startOf[i + 1]! += startOf[i]!
  const order = new Int32Array(interactionCount)
  {
    const cursor = startOf.slice(0, size)
    for (let n = 0; n < interactionCount; n++) order[cursor[who[n]!]!++] = n
  }
  const strength = new Uint8Array(size)
  const lastContact = new Float64Array(size)
  const nowDate = new Date(now)
  for (let i = 0; i < size; i++) {
    const history: StrengthInput[] = []
    let latest = 0
    for (let k = startOf[i]!; k < startOf[i + 1]!; k++) {
      const n = order[k]!
      history.push({
        type: interactionTypes[kind[n]!]!,
        direction: inbound[n] === 2 ? null : inbound[n] === 1 ? 'inbound' : 'outbound',
        interactionDate: iso(when[n]!),
      })
      latest = Math.max(latest, when[n]!)
    }
    strength[i] = relationshipStrength(history, nowDate)
    lastContact[i] = latest
  }
  return { who, when, kind, inbound, order, strength, lastContact }
}

/** Interactions, with their words: subjects and bodies filled in with names and campaigns. */
export function writeInteractions(
  ctx: DemoContext,
  { orgId, staff }: Agency,
  roster: Roster,
  { who, when, kind, inbound, order }: InteractionPlan,
  campaigns: Campaign[],
  campaignsOf: Map<number, string[]>,
  brands: Brand[],
): void {
  const { bulk, pick, chance, inTransaction, progress } = ctx
  const interactionCount = ctx.size.interactions
  const campaignName = new Map(campaigns.map((c) => [c.id, c.name]))
  const campaignBrand = new Map(campaigns.map((c) => [c.id, c.brand.name]))
  for (let start = 0; start < interactionCount; start += chunkSize * 2) {
    const end = Math.min(interactionCount, start + chunkSize * 2)
    const rows: (typeof t.interactions.$inferInsert)[] = []
    for (let k = start; k < end; k++) {
      // Grouped by influencer: their index entries then land side by side, not all over.
      const n = order[k]!
      const i = who[n]!
      const type = interactionTypes[kind[n]!]!
      const joined = campaignsOf.get(i)
      const campaignId = joined && chance(0.5) ? pick(joined) : null
      const values = {
        first: roster.firsts[i]!,
        brand: campaignId ? campaignBrand.get(campaignId)! : pick(brands).name,
        campaign: campaignId ? campaignName.get(campaignId)! : 'the spring launch',
        country: roster.country[i]!,
      }
      const date = when[n]!
      rows.push({
        id: newId(),
        orgId,
        userId: chance(0.75) ? staff[roster.owner[i]!]!.id : pick(staff).id,
        influencerId: roster.ids[i]!,
        campaignId,
        type,
        direction: inbound[n] === 2 ? null : inbound[n] === 1 ? 'inbound' : 'outbound',
        subject: fill(pick(subjects[type]), values),
        content: fill(pick(bodies[type]), values),
        attachmentPath:
          type === 'file_upload' ? `attachments/${ascii(values.first)}-${n}.pdf` : null,
        interactionDate: iso(date),
        visibility: 'team',
        ...stamp(date),
      })
    }
    inTransaction(() => bulk.insert(t.interactions, rows))
    progress(end - start)
  }
}
