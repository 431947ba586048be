import type { PipelineCard, PipelineColumn } from '#shared/contract/index'

/** A card as main sends it, for tests: the name doubles as its id, so orders read plainly. */
export const card = (name: string, extra: Partial<PipelineCard> = {}): PipelineCard => ({
  relationshipId: name,
  influencerId: `inf-${name}`,
  name,
  primaryPlatform: 'instagram',
  platforms: ['instagram'],
  followers: 12_300,
  engagementRate: 3.4,
  priority: 2,
  position: 1,
  followUpDate: null,
  ownerId: null,
  ownerName: null,
  avatarUrl: null,
  ...extra,
})

/** A column named `name` (its id too) holding cards named by `names`. */
export const column = (
  name: string,
  names: string[],
  kind: PipelineColumn['kind'] = 'open',
): PipelineColumn => ({
  id: name,
  name,
  position: 0,
  kind,
  color: null,
  count: names.length,
  cards: names.map((n) => card(n)),
})

/** Saved: A B C · Warm: D E F · Cold: (empty). */
export const sampleBoard = (): PipelineColumn[] => [
  column('Saved', ['A', 'B', 'C']),
  column('Warm', ['D', 'E', 'F']),
  column('Cold', [], 'lost'),
]

export const names = (columns: readonly PipelineColumn[], stageId: string): string[] =>
  columns.find((c) => c.id === stageId)!.cards.map((c) => c.name)
