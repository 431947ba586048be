import type { Member } from '#server/testing/server'
import type { TestDesktop } from './test-desktop.ts'

/** Waits for something that happens in the background (a push, a live change). */
export async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 20_000,
): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out after ${ms} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export const signInAs = (d: TestDesktop, serverUrl: string, who: Member) =>
  d.call('sync.signIn', { serverUrl, email: who.email, password: who.password })

/** Signs in and waits for the first download to finish. */
export async function joined(d: TestDesktop, serverUrl: string, who: Member): Promise<TestDesktop> {
  await signInAs(d, serverUrl, who)
  await d.core.sync.whenSynced()
  return d
}

export const pendingOf = async (d: TestDesktop) => (await d.call('sync.status', {})).pending

export const influencerIn = (d: TestDesktop, id: string) =>
  d.query<{ name: string; followers: number; bio: string | null; deleted_at: string | null }>(
    'select name, followers, bio, deleted_at from influencers where id = ?',
    id,
  )[0]
