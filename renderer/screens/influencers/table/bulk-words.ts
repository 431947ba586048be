import type { BulkAction, BulkResult } from '#shared/contract/index'
import { plural } from '../../../lib/format.ts'

export type BulkKind = BulkAction['kind']

/** What the button and the dialog call each action. */
export const bulkTitles: Record<BulkKind, string> = {
  addToCampaign: 'Add to campaign',
  moveStage: 'Move to stage',
  tag: 'Tag',
}

/** The dialog's confirm button, with how many it will touch. */
export function bulkVerb(kind: BulkKind, count: number): string {
  const people = plural(count, 'influencer')
  if (kind === 'addToCampaign') return `Add ${people}`
  if (kind === 'moveStage') return `Move ${people}`
  return `Tag ${people}`
}

/**
 * What happened, in one sentence for the notification: "Added 3 influencers to Summer
 * Glow", and why some were left alone.
 */
export function bulkOutcome(kind: BulkKind, target: string, { changed, skipped }: BulkResult) {
  const people = plural(changed, 'influencer')
  const were = skipped === 1 ? 'was' : 'were'
  if (kind === 'addToCampaign') {
    if (changed === 0) return `Everyone selected is already in ${target}.`
    return `Added ${people} to ${target}` + (skipped ? ` (${skipped} ${were} already in it).` : '.')
  }
  if (kind === 'moveStage') {
    if (changed === 0) return `Everyone selected is already in ${target}.`
    return `Moved ${people} to ${target}` + (skipped ? ` (${skipped} ${were} already there).` : '.')
  }
  const why = `already tagged or not in the pipeline`
  if (changed === 0) return `Nobody was tagged “${target}”: everyone selected is ${why}.`
  return `Tagged ${people} “${target}”` + (skipped ? ` (${skipped} ${were} ${why}).` : '.')
}
