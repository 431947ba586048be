import { expect, test, type Page } from '@playwright/test'
import type { CrmBridge } from '#shared/contract/index'
import { screenshotPath } from './app.ts'
import { startSyncWorld, type Desktop, type SyncWorld } from './sync-world.ts'

/*
 * Two desktops of one agency and the sync service between them, as people use them: both
 * sign in through Settings, one adds an influencer and the other sees it arrive; then both
 * lose the network, edit the same influencer, come back, and both edits survive.
 */

// Generous: a slow 2-core CI machine runs the service, two hosts and Chromium at once.
const patience = { timeout: 45_000 }
const world: { w?: SyncWorld } = {}

test.describe.configure({ mode: 'serial' })
// A missing control fails after 30 s, not at the end of the whole journey's budget.
test.use({ actionTimeout: 30_000 })

test.beforeAll(async () => {
  world.w = await startSyncWorld()
})

test.afterAll(async () => {
  await world.w?.close()
})

const indicator = (page: Page) => page.getByTestId('sync-indicator')
const influencersTable = (page: Page) => page.getByRole('table', { name: 'Influencers' })
const rowOf = (page: Page, name: string) =>
  influencersTable(page).getByRole('row').filter({ hasText: name })

async function signInThroughSettings(d: Desktop, serverUrl: string, email: string, pw: string) {
  const { page } = d
  await page.goto(`${d.host.openUrl}#/settings`)
  await expect(indicator(page)).toHaveAttribute('data-state', 'signed-out', patience)
  const form = page.getByRole('form', { name: 'Sign in to sync' })
  await form.getByLabel('Server address').fill(serverUrl)
  await form.getByLabel('Email').fill(email)
  await form.getByRole('textbox', { name: 'Password', exact: true }).fill(pw)
  await form.getByRole('button', { name: 'Sign in' }).click()
  await expect(indicator(page)).toHaveAttribute('data-state', 'synced', patience)
  await expect(indicator(page)).toHaveAttribute('aria-label', /^Sync: synced/)
  await expect(page.getByRole('table', { name: 'Sync account' })).toContainText(email)
}

/**
 * The UI has no way to edit an influencer yet (only "Add influencer"), so an edit goes
 * through the same `window.crm` bridge the screens call, from inside the window.
 */
async function editInfluencer(page: Page, id: string, patch: Record<string, unknown>) {
  const result = await page.evaluate(
    async ({ id, patch }) => {
      const { crm } = window as unknown as { crm: CrmBridge }
      return crm.invoke('influencers.update', { id, patch })
    },
    { id, patch },
  )
  expect(result.ok, JSON.stringify(result)).toBe(true)
}

async function screenshotBoth(a: Desktop, b: Desktop, moment: string) {
  for (const d of [a, b])
    await d.page.screenshot({ path: screenshotPath(`sync-${moment}-${d.name}`), fullPage: true })
}

test('two desktops sync live, keep working offline, and merge edits of one influencer', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const w = world.w!
  const { agency, server, sql } = w
  const a = await w.desktop(browser, 'a')
  const b = await w.desktop(browser, 'b')

  const onServer = async (name: string) =>
    (
      await sql.query<{ id: string; name: string; email: string | null; followers: number }>(
        `select id::text, name, email, followers::int as followers from influencers
         where org_id = $1 and name = $2 and deleted_at is null`,
        [agency.orgId, name],
      )
    )[0]

  await test.step('both sign in through Settings as two people of one agency', async () => {
    await signInThroughSettings(a, server.url, agency.admin.email, agency.admin.password)
    await signInThroughSettings(b, server.url, agency.member.email, agency.member.password)
  })

  let id = ''
  await test.step('an influencer added on A appears on B without any action there', async () => {
    for (const d of [a, b]) {
      await d.page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Influencers' })
        .click()
      await expect(d.page).toHaveURL(/#\/influencers$/)
    }
    await expect(b.page.getByText('0 influencers', { exact: true })).toBeVisible(patience)

    // The header's button (the empty list offers one too).
    await a.page.getByRole('button', { name: 'Add influencer' }).first().click()
    const dialog = a.page.getByRole('dialog', { name: 'Add influencer' })
    await dialog.getByLabel('Name').fill('Mara Lind')
    await dialog.getByLabel('Email').fill('mara@example.com')
    await dialog.getByRole('combobox', { name: 'Main platform' }).click()
    await a.page.getByRole('option', { name: 'Instagram' }).click()
    await dialog.getByLabel('Followers').fill('12000')
    await dialog.getByRole('button', { name: 'Add influencer' }).click()
    await expect(dialog).toBeHidden()
    await expect(rowOf(a.page, 'Mara Lind')).toContainText('mara@example.com')

    // The live channel: B's screen changes on its own.
    await expect(rowOf(b.page, 'Mara Lind')).toContainText('mara@example.com', patience)
    await expect(rowOf(b.page, 'Mara Lind')).toContainText('12K')
    await expect.poll(() => onServer('Mara Lind'), patience).toBeDefined()
    id = (await onServer('Mara Lind'))!.id
    for (const d of [a, b])
      await expect(indicator(d.page)).toHaveAttribute('data-state', 'synced', patience)
  })

  await test.step('offline, each desktop edits the same influencer and says what waits', async () => {
    a.network.setOnline(false)
    b.network.setOnline(false)
    for (const d of [a, b]) {
      await expect(indicator(d.page)).toHaveAttribute('data-state', 'offline', patience)
      await expect(indicator(d.page)).toHaveAttribute('aria-label', 'Sync: offline', patience)
    }

    // Different fields (A the name, B the email) and one shared field (followers),
    // where B's later edit must win on every replica.
    await editInfluencer(a.page, id, { name: 'Mara Okafor', followers: 20_000 })
    await expect(rowOf(a.page, 'Mara Okafor')).toContainText('20K', patience)
    await editInfluencer(b.page, id, { email: 'mara@studio.example', followers: 31_000 })
    await expect(rowOf(b.page, 'Mara Lind')).toContainText('mara@studio.example', patience)
    await expect(rowOf(b.page, 'Mara Lind')).toContainText('31K')

    for (const d of [a, b]) {
      await expect(indicator(d.page)).toHaveAttribute('data-state', 'offline', patience)
      await expect(indicator(d.page)).toHaveAttribute(
        'aria-label',
        'Sync: offline, 1 change waiting',
        patience,
      )
      await expect(indicator(d.page)).toContainText('Offline · 1 waiting')
    }
    // Nothing reached the server.
    expect(await onServer('Mara Lind')).toMatchObject({
      name: 'Mara Lind',
      email: 'mara@example.com',
      followers: 12_000,
    })
    await screenshotBoth(a, b, 'offline')
  })

  await test.step('back online, both edits survive on both screens and the server', async () => {
    a.network.setOnline(true)
    b.network.setOnline(true)
    for (const d of [a, b]) {
      await expect(indicator(d.page)).toHaveAttribute('data-state', 'synced', patience)
      const row = rowOf(d.page, 'Mara Okafor')
      await expect(row).toContainText('mara@studio.example', patience)
      await expect(row).toContainText('31K')
      await expect(rowOf(d.page, 'Mara Lind')).toHaveCount(0)
      await expect(indicator(d.page)).toHaveAttribute('aria-label', /^Sync: synced/)
      await expect(d.page.getByTestId('sync-conflicts')).toHaveCount(0)
    }
    expect(await onServer('Mara Okafor')).toEqual({
      id,
      name: 'Mara Okafor',
      email: 'mara@studio.example',
      followers: 31_000,
    })
    await screenshotBoth(a, b, 'synced')

    for (const d of [a, b]) {
      await d.page.getByRole('link', { name: /Open sync settings/ }).click()
      await expect(d.page.getByTestId('sync-pending')).toHaveText('0')
      await expect(d.page.getByTestId('sync-conflict-count')).toContainText('0')
    }
    await screenshotBoth(a, b, 'settings')
    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
  })
})
