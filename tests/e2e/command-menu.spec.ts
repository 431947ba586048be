import { expect, test, type Page } from '@playwright/test'
import { openApp, openTestDb, screenshotPath } from './app.ts'

/** A seeded influencer's name: the journey's starting fact, read from the database. */
async function someInfluencerName(page: Page): Promise<string> {
  const db = openTestDb()
  const row = db
    .prepare('select name from influencers where deleted_at is null order by name desc limit 1')
    .get() as { name: string }
  db.close()
  await openApp(page, '#/pipeline')
  return row.name
}

test('the command menu finds an influencer by part of the name and opens their page', async ({
  page,
}) => {
  const name = await someInfluencerName(page)
  await openApp(page, '#/pipeline')
  await page.keyboard.press('Control+K')
  const search = page.getByRole('textbox', { name: 'Command menu' })
  await expect(search).toBeFocused()
  // Part of the surname, in lower case: how people actually type.
  const part = name.split(' ').at(-1)!.slice(0, 5).toLowerCase()
  await search.fill(part)
  const hit = page.getByRole('button', { name: new RegExp(name) }).first()
  await expect(hit).toBeVisible()
  await page.screenshot({ path: screenshotPath('command-menu-search'), fullPage: true })
  await hit.click()
  await expect(page).toHaveURL(/#\/influencers\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { name, exact: true }).first()).toBeVisible()
  await expect(search).toBeHidden()
  await page.screenshot({ path: screenshotPath('command-menu-opened'), fullPage: true })
})

test('the command menu runs actions: go to a screen, log an interaction', async ({ page }) => {
  await openApp(page, '#/pipeline')
  await page.getByRole('button', { name: 'Open the command menu' }).click()
  const search = page.getByRole('textbox', { name: 'Command menu' })
  await search.fill('go to dash')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/dashboard$/)
  await expect(search).toBeHidden()

  await page.keyboard.press('Control+K')
  await expect(search).toBeVisible()
  await search.fill('log')
  await expect(page.getByRole('button', { name: /Log an interaction/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Log interaction' })).toBeVisible()
})

test('nothing found says so in words', async ({ page }) => {
  await openApp(page, '#/pipeline')
  await page.keyboard.press('Control+K')
  await page.getByRole('textbox', { name: 'Command menu' }).fill('zzqxv')
  await expect(page.getByText('Nothing matches “zzqxv”. Try part of a name.')).toBeVisible()
})

test('Ctrl+L logs a call from anywhere; it reaches the Today agenda count and the timeline', async ({
  page,
}) => {
  const name = await someInfluencerName(page)
  await openApp(page, '#/dashboard')
  await page.keyboard.press('Control+L')
  const dialog = page.getByRole('dialog', { name: 'Log interaction' })
  await expect(dialog).toBeVisible()
  const who = dialog.getByRole('combobox', { name: 'Influencer' })
  await expect(who).toBeFocused()
  await who.fill(name.split(' ')[0]!)
  await page.getByRole('option', { name }).first().click()
  await dialog.getByText('Call', { exact: true }).click()
  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Quick check-in from anywhere')
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'rates.txt', mimeType: 'text/plain', buffer: Buffer.from('rates') })
  await page.keyboard.press('Control+Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Call logged')).toBeVisible()
  await expect(page).toHaveURL(/#\/dashboard$/)

  // The call is on the influencer's record, found again through the command menu.
  await page.keyboard.press('Control+K')
  await page.getByRole('textbox', { name: 'Command menu' }).fill('check-in from anywhere')
  const found = page.getByRole('button', { name: /Quick check-in from anywhere/ }).first()
  await expect(found).toBeVisible()
  await found.click()
  await expect(page.getByTestId('interaction-subject').first()).toHaveText(
    'Quick check-in from anywhere',
  )

  // On an influencer's page, Ctrl+L logs for them without asking who.
  await page.keyboard.press('Control+L')
  const again = page.getByRole('dialog', { name: 'Log interaction' })
  await expect(again.getByRole('combobox', { name: 'Influencer' })).toHaveValue(name)
  await expect(again.getByRole('textbox', { name: 'Subject' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(again).toBeHidden()
  await page.getByRole('button', { name: 'Open rates.txt' }).click()
  // The browser host has no desktop to open files with; it says where the file is kept.
  await expect(page.getByText('rates.txt did not open')).toBeVisible()
  await expect(
    page.getByText(/Files open from the desktop app; this one is kept at .*rates\.txt/),
  ).toBeVisible()
  await page.screenshot({ path: screenshotPath('log-anywhere'), fullPage: true })
})

test('the shortcuts help lists the keys; the theme switches to dark and back', async ({ page }) => {
  await openApp(page, '#/pipeline')
  await page.keyboard.press('Shift+?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help.getByText('Open the command menu', { exact: false })).toBeVisible()
  await expect(help.getByText('Go to Dashboard')).toBeVisible()
  await page.screenshot({ path: screenshotPath('shortcuts-help'), fullPage: true })
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  const html = page.locator('html')
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.reload()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.screenshot({ path: screenshotPath('pipeline-dark'), fullPage: true })
  await page.keyboard.press('Control+J')
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light')
})
