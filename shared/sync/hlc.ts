import { z } from 'zod'

/*
 * Hybrid logical clocks (Kulkarni et al.): wall-clock milliseconds, a counter for events
 * in the same millisecond or behind a faster peer, and the device id as the tie-break.
 * Written fixed-width so that comparing two stamps as strings compares the clocks, which
 * makes "the later edit of a field wins" the same decision on every replica and the server.
 */

export const Hlc = z
  .string()
  .regex(
    /^\d{13}-[0-9a-z]{5}-[A-Za-z0-9_-]{1,64}$/,
    'Expected an HLC stamp: 13-digit ms, 5-char counter, node id',
  )
export type Hlc = z.infer<typeof Hlc>

export interface HlcState {
  ms: number
  counter: number
  node: string
}

const maxCounter = 36 ** 5 - 1

export const formatHlc = ({ ms, counter, node }: HlcState): Hlc =>
  `${String(ms).padStart(13, '0')}-${counter.toString(36).padStart(5, '0')}-${node}`

export const parseHlc = (stamp: Hlc): HlcState => {
  const [ms, counter, ...node] = stamp.split('-')
  return { ms: Number(ms), counter: parseInt(counter ?? '0', 36), node: node.join('-') }
}

export const compareHlc = (a: Hlc, b: Hlc): number => (a < b ? -1 : a > b ? 1 : 0)

/** The stamp for a local event: never behind the last stamp this node made or saw. */
export function tickHlc(last: HlcState, now: number): HlcState {
  if (now > last.ms) return { ms: now, counter: 0, node: last.node }
  if (last.counter >= maxCounter) return { ms: last.ms + 1, counter: 0, node: last.node }
  return { ms: last.ms, counter: last.counter + 1, node: last.node }
}

/** Folds in a stamp received from elsewhere, so the next local stamp is later than it. */
export function receiveHlc(last: HlcState, remote: Hlc, now: number): HlcState {
  const other = parseHlc(remote)
  const ms = Math.max(last.ms, other.ms, now)
  const counter =
    ms === last.ms && ms === other.ms
      ? Math.max(last.counter, other.counter) + 1
      : ms === last.ms
        ? last.counter + 1
        : ms === other.ms
          ? other.counter + 1
          : 0
  return counter > maxCounter
    ? { ms: ms + 1, counter: 0, node: last.node }
    : { ms, counter, node: last.node }
}
