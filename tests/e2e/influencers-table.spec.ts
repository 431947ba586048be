import { expect, test, type Locator, type Page } from '@playwright/test'
import type { CrmBridge } from '../../shared/contract/index.ts'
import { openApp, screenshotPath } from './app.ts'

// Other journeys share this database: this one adds a tag and a campaign of its own, and
// changes no influencer count and no pipeline column.
const run = Date.now().toString(36)

const table = (page: Page) => page.getByRole('table', { name: 'Influencers' })
const dataRows = (page: Page) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
const header = (page: Page, name: string) => table(page).getByRole('columnheader', { name })
const viewsButton = (page: Page) => page.getByRole('button', { name: /^Saved views: / })
const bulkBar = (page: Page) => page.getByRole('group', { name: 'Bulk actions' })

/** "1.2M", "45K", "980" as the number a person reads. */
function readCompact(text: string): number {
  const match = /^([\d.,]+)\s*([KMB]?)$/.exec(text.trim())
  if (!match) throw new Error(`Not a follower count: ${text}`)
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[match[2] as '' | 'K' | 'M' | 'B']
  return Number(match[1]!.replace(/,/g, '')) * scale
}

/** The visible rows' text in one column (2 is Name, 4 is Followers, 8 is Stage). */
const column = async (page: Page, n: number) =>
  (await dataRows(page).locator(`td:nth-child(${n})`).allInnerTexts()).map((t) => t.trim())
const names = async (page: Page) =>
  (await dataRows(page).locator('td:nth-child(2) p:first-child').allInnerTexts()).map((t) =>
    t.trim(),
  )

async function pickView(page: Page, name: string) {
  await viewsButton(page).click()
  await page.getByRole('menuitem', { name, exact: true }).click()
}

async function choose(page: Page, scope: Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: field }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

test('sorts by followers and saves the view, which comes back after a reload', async ({ page }) => {
  await openApp(page, '#/influencers')
  await expect(page.getByText('120 influencers', { exact: true })).toBeVisible()
  await expect(header(page, 'Name')).toHaveAttribute('aria-sort', 'ascending')
  const byName = await names(page)
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)))

  await header(page, 'Followers').getByRole('button').click()
  await expect(header(page, 'Followers')).toHaveAttribute('aria-sort', 'descending')
  await expect.poll(() => names(page)).not.toEqual(byName)
  const most = (await column(page, 4)).map(readCompact)
  expect(most.length).toBeGreaterThan(5)
  expect(most).toEqual([...most].sort((a, b) => b - a))

  await header(page, 'Followers').getByRole('button').click()
  await expect(header(page, 'Followers')).toHaveAttribute('aria-sort', 'ascending')
  await expect.poll(async () => (await column(page, 4)).map(readCompact)[0]).toBeLessThan(most[0]!)
  const fewest = (await column(page, 4)).map(readCompact)
  expect(fewest).toEqual([...fewest].sort((a, b) => a - b))

  // Only the Warm stage, biggest first: saved as a view.
  await header(page, 'Followers').getByRole('button').click()
  const filters = page.getByRole('search', { name: 'Filters' })
  await choose(page, filters, 'Stage', 'Warm')
  await page.keyboard.press('Escape')
  await expect(page.getByText(/^\d+ influencers$/)).not.toHaveText('120 influencers')
  const warmCount = await page.getByText(/^\d+ influencers$/).innerText()
  await expect.poll(async () => new Set(await column(page, 8))).toEqual(new Set(['Warm']))
  await expect(viewsButton(page)).toHaveText('All influencers (edited)')

  await viewsButton(page).click()
  await page.getByRole('menuitem', { name: 'Save as new view…' }).click()
  const save = page.getByRole('dialog', { name: 'Save view' })
  await save.getByRole('textbox', { name: 'View name' }).fill('Biggest in Warm')
  await save.getByRole('button', { name: 'Save view' }).click()
  await expect(viewsButton(page)).toHaveText('Biggest in Warm')

  await pickView(page, 'All influencers')
  await expect(page.getByText('120 influencers', { exact: true })).toBeVisible()
  await expect(header(page, 'Name')).toHaveAttribute('aria-sort', 'ascending')

  await pickView(page, 'Biggest in Warm')
  await expect(page.getByText(warmCount, { exact: true })).toBeVisible()
  await expect(header(page, 'Followers')).toHaveAttribute('aria-sort', 'descending')
  await expect.poll(async () => new Set(await column(page, 8))).toEqual(new Set(['Warm']))

  // Kept on this computer: the view and what the table showed survive a reload.
  await page.reload()
  await expect(viewsButton(page)).toHaveText('Biggest in Warm')
  await expect(page.getByText(warmCount, { exact: true })).toBeVisible()
  const saved = (await column(page, 4)).map(readCompact)
  expect(saved).toEqual([...saved].sort((a, b) => b - a))
  await page.screenshot({ path: screenshotPath('influencers-table-view'), fullPage: true })

  await pickView(page, 'All influencers')
  await expect(page.getByText('120 influencers', { exact: true })).toBeVisible()
})

test('selects influencers, tags them, and adds them to a campaign', async ({ page }) => {
  const tag = `e2e-${run}`
  const campaign = `Table journey ${run}`
  await openApp(page, '#/influencers')
  await expect(page.getByText('120 influencers', { exact: true })).toBeVisible()
  await page.evaluate(async (name) => {
    const { crm } = window as unknown as { crm: CrmBridge }
    const answer = await crm.invoke('campaigns.create', { name, status: 'draft' })
    if (!answer.ok) throw new Error(answer.error.message)
  }, campaign)

  // Keyboard: Tab reaches the rows, arrows move, Space ticks.
  const firstThree = (await names(page)).slice(0, 3)
  await dataRows(page).first().focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await dataRows(page)
    .nth(2)
    .getByRole('checkbox', { name: `Select ${firstThree[2]}` })
    .check()
  await expect(bulkBar(page).getByText('3 selected')).toBeVisible()
  await page.screenshot({ path: screenshotPath('influencers-table-selected'), fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: screenshotPath('influencers-table-dark'), fullPage: true })
  await page.emulateMedia({ colorScheme: 'light' })

  await bulkBar(page).getByRole('button', { name: 'Tag', exact: true }).click()
  const tagging = page.getByRole('dialog', { name: 'Tag' })
  await tagging.getByRole('textbox', { name: 'Tag' }).fill(tag)
  await tagging.getByRole('button', { name: 'Tag 3 influencers' }).click()
  await expect(page.getByText(`Tagged 3 influencers “${tag}”.`)).toBeVisible()
  await expect(bulkBar(page)).toBeHidden()

  // The tag filter now finds exactly those three.
  const filters = page.getByRole('search', { name: 'Filters' })
  await choose(page, filters, 'Tags', tag)
  await page.keyboard.press('Escape')
  await expect(page.getByText('3 influencers', { exact: true })).toBeVisible()
  expect(await names(page)).toEqual(firstThree)

  await page.getByRole('checkbox', { name: 'Select all loaded influencers' }).check()
  await expect(bulkBar(page).getByText('3 selected')).toBeVisible()
  await bulkBar(page).getByRole('button', { name: 'Add to campaign' }).click()
  const adding = page.getByRole('dialog', { name: 'Add to campaign' })
  await choose(page, adding, 'Campaign', campaign)
  await adding.getByRole('button', { name: 'Add 3 influencers' }).click()
  await expect(page.getByText(`Added 3 influencers to ${campaign}.`)).toBeVisible()
  await page.screenshot({ path: screenshotPath('influencers-table-bulk'), fullPage: true })

  // Again: nobody is added twice.
  await page.getByRole('checkbox', { name: 'Select all loaded influencers' }).check()
  await bulkBar(page).getByRole('button', { name: 'Add to campaign' }).click()
  await choose(page, adding, 'Campaign', campaign)
  await adding.getByRole('button', { name: 'Add 3 influencers' }).click()
  await expect(page.getByText(`Everyone selected is already in ${campaign}.`)).toBeVisible()

  // Enter on a row opens the influencer.
  await dataRows(page).first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/influencers\/[0-9a-f-]{36}$/)
})
