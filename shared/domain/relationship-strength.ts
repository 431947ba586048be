import type { interactionTypes } from './enums.ts'

type InteractionType = (typeof interactionTypes)[number]

/** How much one interaction says about a relationship: a meeting more than a note. */
const weights: Record<InteractionType, number> = {
  meeting: 14,
  call: 11,
  email: 6,
  dm: 5,
  note: 1,
  file_upload: 2,
}
/** An interaction's weight halves every 30 days: a relationship cools when nobody talks. */
const halfLifeDays = 30
/** An answer from the influencer says more than a message sent. */
const inboundBonus = 1.25

export interface StrengthInput {
  type: InteractionType
  direction: 'inbound' | 'outbound' | null
  interactionDate: string
}

/** Relationship strength 0-100 from interaction history, computed the same on every replica. */
export function relationshipStrength(interactions: StrengthInput[], now: Date): number {
  let score = 0
  for (const i of interactions) {
    const ageDays = Math.max(0, (now.getTime() - Date.parse(i.interactionDate)) / 86_400_000)
    const bonus = i.direction === 'inbound' ? inboundBonus : 1
    score += weights[i.type] * bonus * 0.5 ** (ageDays / halfLifeDays)
  }
  return Math.min(100, Math.round(score))
}
