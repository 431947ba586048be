import { z } from 'zod'
import { Id, type AppIntent } from '#shared/contract/index'

/** The scheme electron-builder registers with the OS (electron-builder.yml `protocols`). */
export const deepLinkScheme = 'crm'

const InfluencerLink = z.object({
  protocol: z.literal(`${deepLinkScheme}:`),
  host: z.literal('influencer'),
  // One path segment, the influencer's id; a trailing slash is forgiven.
  pathname: z.string().regex(/^\/[^/]+\/?$/),
})

/**
 * crm://influencer/<uuid> → open that influencer. Anything else (another host, extra
 * segments, a query, an id that is not a UUID) is refused: a link is outside input, and
 * a web page can hand any string to the OS's link handler.
 */
export function parseDeepLink(link: string): AppIntent | null {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return null
  }
  if (url.search || url.hash || url.username || url.password || url.port) return null
  // A link's host is not case-folded for custom schemes; people type CRM://Influencer/… too.
  const parts = InfluencerLink.safeParse({
    protocol: url.protocol,
    host: url.host.toLowerCase(),
    pathname: url.pathname,
  })
  if (!parts.success) return null
  const id = Id.safeParse(parts.data.pathname.replace(/^\/|\/$/g, ''))
  return id.success ? { kind: 'open-influencer', influencerId: id.data.toLowerCase() } : null
}

/** The crm:// argument Windows and Linux pass on the command line of a launch, if any. */
export function deepLinkInArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${deepLinkScheme}://`)) ?? null
}
