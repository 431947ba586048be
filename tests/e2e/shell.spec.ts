import { expect, test } from '@playwright/test'
import { openApp, screenshotPath } from './app.ts'

test('the shell opens on the pipeline with rows from SQLite and navigates', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })

  await openApp(page)
  const nav = page.getByRole('navigation', { name: 'Main navigation' })
  for (const label of [
    'Pipeline',
    'Influencers',
    'Campaigns',
    'Documents',
    'Dashboard',
    'Settings',
  ]) {
    await expect(nav.getByRole('link', { name: label })).toBeVisible()
  }
  await expect(page.getByTestId('workspace-name')).toHaveText('Northwind Talent')
  await expect(page.getByText('120 influencers in the pipeline')).toBeVisible()
  for (const stage of ['Saved', 'Contacted', 'Warm', 'Negotiating', 'Partnered', 'Cold']) {
    await expect(page.getByRole('region', { name: stage })).toBeVisible()
  }
  // The token left the address bar once the bridge stored it.
  expect(page.url()).not.toContain('token=')
  await page.screenshot({ path: screenshotPath('pipeline'), fullPage: true })

  await nav.getByRole('link', { name: 'Influencers' }).click()
  await expect(page).toHaveURL(/#\/influencers$/)
  await expect(page.getByText('120 influencers', { exact: true })).toBeVisible()
  // The table is virtualized (only rows in view exist), so its size is what it tells
  // assistive tech, and End on a row reaches the 120th influencer.
  const table = page.getByRole('table', { name: 'Influencers' })
  await expect(table).toHaveAttribute('aria-rowcount', '121')
  await table.getByRole('row').nth(1).focus()
  await page.keyboard.press('End')
  await expect(table.locator('tr[aria-rowindex="121"]')).toBeFocused()
  await page.screenshot({ path: screenshotPath('influencers'), fullPage: true })

  await page.keyboard.press('Control+6')
  await expect(page).toHaveURL(/#\/dashboard$/)
  await expect(page.getByTestId('stat-Influencers')).toHaveText('120')

  await nav.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByTestId('data-file')).toContainText('crm.sqlite')
  expect(errors).toEqual([])
})

test('a new influencer is saved, shown, and bad input is refused on its field', async ({
  page,
}) => {
  await openApp(page, '#/influencers')
  await page.getByRole('button', { name: 'Add influencer' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add influencer' })
  await dialog.getByLabel('Name').fill('Zora Quill')
  await dialog.getByLabel('Email').fill('not-an-email')
  await dialog.getByRole('button', { name: 'Add influencer' }).click()
  await expect(dialog.getByText('Choose the main platform')).toBeVisible()
  await expect(dialog.getByText('Email is not a valid address')).toBeVisible()

  await dialog.getByLabel('Email').fill('zora@example.com')
  await expect(dialog.getByText('Email is not a valid address')).toBeHidden()
  await dialog.getByRole('combobox', { name: 'Main platform' }).click()
  await page.getByRole('option', { name: 'Youtube' }).click()
  await dialog.getByLabel('Followers').fill('45000')
  await dialog.getByRole('button', { name: 'Add influencer' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('textbox', { name: 'Search influencers' }).fill('zora')
  const table = page.getByRole('table', { name: 'Influencers' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByText('zora@example.com')).toBeVisible()
  await expect(table.getByText('45K')).toBeVisible()

  await page.reload()
  await page.getByRole('textbox', { name: 'Search influencers' }).fill('zora')
  await expect(
    page.getByRole('table', { name: 'Influencers' }).getByText('Zora Quill'),
  ).toBeVisible()
  await page.screenshot({ path: screenshotPath('influencer-added'), fullPage: true })
})
